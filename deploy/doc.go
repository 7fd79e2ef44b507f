// Package deploy holds docanalysisd's deployment files (a Dockerfile and
// Kubernetes manifests under kubernetes/) and the tests that check them.
// It is its own module so that the Kubernetes API types the tests decode
// with stay out of the service's go.mod.
//
// No cluster or container engine is reachable where the tests run, so they
// decode every manifest strictly with the Kubernetes API types (an unknown
// or misspelt field fails) and check the wiring between the files and the
// server's flags: probe port and service name, grace periods, memory, the
// Secret mounted where --keys-file points, selectors, and the Dockerfile's
// stages, base image, user and build settings.
package deploy
