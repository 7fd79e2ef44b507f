package deploy

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"sigs.k8s.io/yaml"
)

// kubeDir holds the manifests and their kustomization.
const kubeDir = "kubernetes"

// serviceName is the gRPC service the readiness probe must ask about: the
// one the server reports NOT_SERVING for when it starts shutting down.
const serviceName = "docanalysis.v1.DocumentAnalysisService"

// kustomization is the part of kustomize's Kustomization the manifests
// use; strict decoding makes any other field an error, so a field added
// to kustomization.yaml must be added here, deliberately.
type kustomization struct {
	APIVersion string   `json:"apiVersion"`
	Kind       string   `json:"kind"`
	Resources  []string `json:"resources"`
	Labels     []struct {
		Pairs            map[string]string `json:"pairs"`
		IncludeSelectors bool              `json:"includeSelectors"`
	} `json:"labels"`
	Images []image `json:"images"`
}

// image is one of kustomize's image replacements.
type image struct {
	Name    string `json:"name"`
	NewName string `json:"newName"`
	NewTag  string `json:"newTag"`
}

// manifests is every object the kustomization lists, decoded.
type manifests struct {
	kustomization kustomization
	deployment    *appsv1.Deployment
	services      map[string]*corev1.Service
	pdb           *policyv1.PodDisruptionBudget
	hpa           *autoscalingv2.HorizontalPodAutoscaler
}

// documentSeparator splits a YAML stream into documents.
var documentSeparator = regexp.MustCompile(`(?m)^---[ \t]*$`)

// decodeObject decodes one YAML document strictly into the API type its
// apiVersion and kind name: unknown and duplicate fields, wrong types and
// malformed quantities are errors.
func decodeObject(doc []byte) (any, error) {
	var tm metav1.TypeMeta
	if err := yaml.Unmarshal(doc, &tm); err != nil {
		return nil, err
	}
	var obj any
	switch tm.APIVersion + " " + tm.Kind {
	case "apps/v1 Deployment":
		obj = &appsv1.Deployment{}
	case "v1 Service":
		obj = &corev1.Service{}
	case "policy/v1 PodDisruptionBudget":
		obj = &policyv1.PodDisruptionBudget{}
	case "autoscaling/v2 HorizontalPodAutoscaler":
		obj = &autoscalingv2.HorizontalPodAutoscaler{}
	default:
		return nil, fmt.Errorf("apiVersion %q kind %q: not a type these manifests use", tm.APIVersion, tm.Kind)
	}
	if err := yaml.UnmarshalStrict(doc, obj); err != nil {
		return nil, fmt.Errorf("%s %s: %w", tm.APIVersion, tm.Kind, err)
	}
	return obj, nil
}

// loadManifests reads the kustomization and every file it lists, and
// fails the test on any that does not decode, on a YAML file in the
// directory the kustomization leaves out, and on a kind that appears more
// or fewer times than the layout has.
func loadManifests(t *testing.T) *manifests {
	t.Helper()
	m := &manifests{services: map[string]*corev1.Service{}}
	data, err := os.ReadFile(filepath.Join(kubeDir, "kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(data, &m.kustomization); err != nil {
		t.Fatalf("kustomization.yaml: %v", err)
	}
	if k := m.kustomization; k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
		t.Fatalf("kustomization.yaml is %s %s; want kustomize.config.k8s.io/v1beta1 Kustomization", k.APIVersion, k.Kind)
	}
	files, err := filepath.Glob(filepath.Join(kubeDir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if name := filepath.Base(f); name != "kustomization.yaml" && !slices.Contains(m.kustomization.Resources, name) {
			t.Errorf("%s is not listed in kustomization.yaml's resources", f)
		}
	}
	for _, res := range m.kustomization.Resources {
		data, err := os.ReadFile(filepath.Join(kubeDir, res))
		if err != nil {
			t.Fatalf("kustomization.yaml lists %s: %v", res, err)
		}
		for i, doc := range documentSeparator.Split(string(data), -1) {
			if strings.TrimSpace(stripComments(doc)) == "" {
				continue
			}
			obj, err := decodeObject([]byte(doc))
			if err != nil {
				t.Fatalf("%s, document %d: %v", res, i+1, err)
			}
			switch o := obj.(type) {
			case *appsv1.Deployment:
				if m.deployment != nil {
					t.Fatalf("%s: a second Deployment, %s", res, o.Name)
				}
				m.deployment = o
			case *corev1.Service:
				m.services[o.Name] = o
			case *policyv1.PodDisruptionBudget:
				m.pdb = o
			case *autoscalingv2.HorizontalPodAutoscaler:
				m.hpa = o
			}
		}
	}
	if m.deployment == nil || m.pdb == nil || m.hpa == nil || len(m.services) != 2 {
		t.Fatalf("manifests hold deployment %v, PDB %v, HPA %v, %d services; want one of each and two services",
			m.deployment != nil, m.pdb != nil, m.hpa != nil, len(m.services))
	}
	return m
}

// stripComments removes whole-line YAML comments.
func stripComments(doc string) string {
	var b strings.Builder
	for line := range strings.Lines(doc) {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestDecodingIsStrict shows the decoder the other tests rely on refuses
// what a cluster would refuse or silently drop, so that their passing
// means something.
func TestDecodingIsStrict(t *testing.T) {
	for _, doc := range []string{
		"apiVersion: apps/v1\nkind: Deployment\nspec:\n  replcas: 3\n",
		"apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: three\n",
		"apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - port: 1\n      port: 2\n",
		"apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          resources:\n            limits:\n              memory: lots\n",
		"apiVersion: apps/v1beta9\nkind: Deployment\n",
	} {
		if _, err := decodeObject([]byte(doc)); err == nil {
			t.Errorf("decodeObject(%q) = _, nil; want an error", doc)
		}
	}
	if _, err := decodeObject([]byte("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n")); err != nil {
		t.Errorf("decodeObject(a valid Deployment) = _, %v; want nil", err)
	}
}

// container returns the Deployment's docanalysisd container.
func (m *manifests) container(t *testing.T) *corev1.Container {
	t.Helper()
	cs := m.deployment.Spec.Template.Spec.Containers
	if len(cs) != 1 {
		t.Fatalf("the pod has %d containers; want 1", len(cs))
	}
	return &cs[0]
}

// serverFlags parses the container's args, which must all be
// --name=value, into a map.
func serverFlags(t *testing.T, c *corev1.Container) map[string]string {
	t.Helper()
	if len(c.Command) != 0 {
		t.Errorf("container command = %q; want none, so the image's ENTRYPOINT runs", c.Command)
	}
	flags := map[string]string{}
	for _, a := range c.Args {
		name, value, ok := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		if !strings.HasPrefix(a, "--") || !ok {
			t.Fatalf("container arg %q: want --name=value", a)
		}
		flags[name] = value
	}
	return flags
}

// daemonFlags returns the flags cmd/docanalysisd defines, read from its
// source: the manifests may pass only those.
func daemonFlags(t *testing.T) map[string]bool {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "cmd", "docanalysisd", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, m := range regexp.MustCompile(`fs\.\w+Var\([^,]+, "([a-z0-9-]+)"`).FindAllSubmatch(src, -1) {
		names[string(m[1])] = true
	}
	if !names["addr"] || !names["keys-file"] {
		t.Fatalf("found flags %v in cmd/docanalysisd/main.go; the pattern no longer matches how it defines them", names)
	}
	return names
}

func TestDeploymentWiring(t *testing.T) {
	m := loadManifests(t)
	pod := m.deployment.Spec.Template.Spec
	c := m.container(t)
	flags := serverFlags(t, c)
	known := daemonFlags(t)
	for name := range flags {
		if !known[name] {
			t.Errorf("container passes --%s, which docanalysisd does not define", name)
		}
	}

	// The listen port is the container port the probes and Services use.
	_, port, err := splitHostPort(flags["addr"])
	if err != nil {
		t.Fatalf("--addr=%q: %v", flags["addr"], err)
	}
	var grpcPort *corev1.ContainerPort
	for i, p := range c.Ports {
		if p.Name == "grpc" {
			grpcPort = &c.Ports[i]
		}
	}
	if grpcPort == nil || grpcPort.ContainerPort != port {
		t.Fatalf("container ports %+v; want one named grpc on %d, the port of --addr", c.Ports, port)
	}
	for name, p := range map[string]*corev1.Probe{"readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
		if p == nil || p.GRPC == nil {
			t.Errorf("%s probe = %+v; want a gRPC (grpc.health.v1) probe", name, p)
			continue
		}
		if p.GRPC.Port != port {
			t.Errorf("%s probe port = %d; want %d, the port of --addr", name, p.GRPC.Port, port)
		}
	}
	if r := c.ReadinessProbe; r != nil && r.GRPC != nil && (r.GRPC.Service == nil || *r.GRPC.Service != serviceName) {
		t.Errorf("readiness probe asks about service %s; want %q, which turns NOT_SERVING on shutdown", show(r.GRPC.Service), serviceName)
	}
	checkServiceName(t)

	// Grace: the kubelet's SIGKILL must come after the preStop pause and
	// the server's own grace period.
	grace, err := time.ParseDuration(flags["shutdown-grace"])
	if err != nil {
		t.Fatalf("--shutdown-grace=%q: %v; the manifests must set it explicitly", flags["shutdown-grace"], err)
	}
	var pause time.Duration
	if l := c.Lifecycle; l != nil && l.PreStop != nil {
		if l.PreStop.Sleep == nil {
			t.Errorf("preStop = %+v; want a sleep action (the image has no shell for exec)", l.PreStop)
		} else {
			pause = time.Duration(l.PreStop.Sleep.Seconds) * time.Second
		}
	}
	if tg := pod.TerminationGracePeriodSeconds; tg == nil || time.Duration(*tg)*time.Second <= pause+grace {
		t.Errorf("terminationGracePeriodSeconds = %s; want above preStop %v + --shutdown-grace %v", show(tg), pause, grace)
	}

	// The key file comes from a Secret, mounted where --keys-file points.
	keysFile := flags["keys-file"]
	if keysFile == "" {
		t.Fatal("no --keys-file: off loopback docanalysisd refuses to start without API keys")
	}
	var mount *corev1.VolumeMount
	for i, vm := range c.VolumeMounts {
		if vm.MountPath == path.Dir(keysFile) {
			mount = &c.VolumeMounts[i]
		}
	}
	if mount == nil {
		t.Fatalf("no volume mounted at %s, where --keys-file=%s points", path.Dir(keysFile), keysFile)
	}
	if !mount.ReadOnly || mount.SubPath != "" {
		t.Errorf("key mount %+v; want read-only and without subPath (a subPath mount never sees the Secret change)", mount)
	}
	var secret *corev1.SecretVolumeSource
	for _, v := range pod.Volumes {
		if v.Name == mount.Name {
			secret = v.Secret
		}
	}
	if secret == nil || secret.SecretName == "" {
		t.Fatalf("volume %s is not a Secret", mount.Name)
	}
	if len(secret.Items) == 0 || !slices.ContainsFunc(secret.Items, func(k corev1.KeyToPath) bool { return k.Path == path.Base(keysFile) }) {
		t.Errorf("Secret %s's items %+v put no file at %s", secret.SecretName, secret.Items, path.Base(keysFile))
	}

	// Memory and CPU match the server's settings.
	softMiB, err := strconv.Atoi(flags["memory-limit-mb"])
	if err != nil || softMiB <= 0 {
		t.Fatalf("--memory-limit-mb=%q; the manifests must set a soft limit", flags["memory-limit-mb"])
	}
	soft := resource.NewQuantity(int64(softMiB)<<20, resource.BinarySI)
	req, lim := c.Resources.Requests, c.Resources.Limits
	if q := req.Memory(); q.Cmp(*soft) < 0 {
		t.Errorf("memory request %v is below the server's soft limit %v: the scheduler would place it where it cannot live", q, soft)
	}
	// The soft limit governs the Go heap only; the measured peak under
	// the admission bound's worst case is about 270 MB.
	if q, want := lim.Memory(), resource.NewQuantity(int64(softMiB)<<20*3/2, resource.BinarySI); q.Cmp(*want) < 0 {
		t.Errorf("memory limit %v; want at least 1.5 × the soft limit, %v", q, want)
	}
	if req.Cpu().IsZero() || req.Cpu().Cmp(*lim.Cpu()) != 0 {
		t.Errorf("cpu request %v, limit %v; want them equal and set: Go sizes GOMAXPROCS, and so the server its analysis slots, from the limit", req.Cpu(), lim.Cpu())
	}

	// Hardening the image's non-root user makes possible.
	sc, psc := c.SecurityContext, pod.SecurityContext
	if psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot {
		t.Error("pod securityContext.runAsNonRoot is not true")
	}
	if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem ||
		sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
		t.Error("container securityContext: want readOnlyRootFilesystem true and allowPrivilegeEscalation false")
	}
	if !slices.ContainsFunc(m.kustomization.Images, func(i image) bool { return i.Name == c.Image }) {
		t.Errorf("image %q has no entry in kustomization.yaml's images, where overlays set it", c.Image)
	}
}

// checkServiceName checks serviceName against the API definition.
func checkServiceName(t *testing.T) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "proto", "docanalysis", "v1", "*.proto"))
	pkg, svc := path.Split(strings.ReplaceAll(serviceName, ".", "/"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(src, []byte("package "+strings.ReplaceAll(strings.TrimSuffix(pkg, "/"), "/", ".")+";")) &&
			bytes.Contains(src, []byte("service "+svc+" {")) {
			return
		}
	}
	t.Errorf("no .proto in proto/docanalysis/v1 defines %s", serviceName)
}

// splitHostPort splits HOST:PORT and parses the port.
func splitHostPort(addr string) (string, int32, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "", 0, fmt.Errorf("no port")
	}
	p, err := strconv.ParseInt(addr[i+1:], 10, 32)
	if err != nil || p <= 0 {
		return "", 0, fmt.Errorf("port %q", addr[i+1:])
	}
	return addr[:i], int32(p), nil
}

func TestServicesBudgetAndAutoscaler(t *testing.T) {
	m := loadManifests(t)
	podLabels := labels.Set(m.deployment.Spec.Template.Labels)
	sel, err := metav1.LabelSelectorAsSelector(m.deployment.Spec.Selector)
	if err != nil || !sel.Matches(podLabels) {
		t.Fatalf("Deployment selector %v does not select its own pods %v (%v)", m.deployment.Spec.Selector, podLabels, err)
	}
	if m.deployment.Spec.Replicas != nil {
		t.Errorf("Deployment sets replicas %d; want none, as the autoscaler owns the count", *m.deployment.Spec.Replicas)
	}
	c := m.container(t)

	headless, cluster := m.services["docanalysis-headless"], m.services["docanalysis"]
	if headless == nil || cluster == nil {
		t.Fatalf("services %v; want docanalysis-headless and docanalysis", slices.Sorted(maps.Keys(m.services)))
	}
	if headless.Spec.ClusterIP != corev1.ClusterIPNone {
		t.Errorf("docanalysis-headless clusterIP = %q; want None, so its name resolves to every pod", headless.Spec.ClusterIP)
	}
	if headless.Spec.PublishNotReadyAddresses {
		t.Error("docanalysis-headless publishes pods that are not ready")
	}
	if cluster.Spec.Type != corev1.ServiceTypeClusterIP || cluster.Spec.ClusterIP == corev1.ClusterIPNone {
		t.Errorf("docanalysis is type %q clusterIP %q; want an ordinary ClusterIP Service", cluster.Spec.Type, cluster.Spec.ClusterIP)
	}
	for _, s := range []*corev1.Service{headless, cluster} {
		if len(s.Spec.Selector) == 0 || !labels.SelectorFromSet(s.Spec.Selector).Matches(podLabels) {
			t.Errorf("Service %s selects %v, which the pods %v do not match", s.Name, s.Spec.Selector, podLabels)
		}
		if len(s.Spec.Ports) != 1 || !targetsPort(s.Spec.Ports[0].TargetPort, c.Ports) {
			t.Errorf("Service %s ports %+v; want one, targeting the container's grpc port", s.Name, s.Spec.Ports)
		}
	}

	if sel, err := metav1.LabelSelectorAsSelector(m.pdb.Spec.Selector); err != nil || sel.Empty() || !sel.Matches(podLabels) {
		t.Errorf("PodDisruptionBudget selector %v does not select the pods (%v)", m.pdb.Spec.Selector, err)
	}
	h := m.hpa.Spec
	if ref := h.ScaleTargetRef; ref.Kind != "Deployment" || ref.APIVersion != "apps/v1" || ref.Name != m.deployment.Name {
		t.Errorf("autoscaler targets %+v; want the Deployment %s", ref, m.deployment.Name)
	}
	if h.MinReplicas == nil || *h.MinReplicas < 2 || h.MaxReplicas < *h.MinReplicas {
		t.Errorf("autoscaler replicas %s..%d; want at least 2, so one machine lost leaves one serving", show(h.MinReplicas), h.MaxReplicas)
	}
	if mu := m.pdb.Spec.MaxUnavailable; mu == nil || h.MinReplicas == nil || mu.Type != intstr.Int || mu.IntVal < 1 || mu.IntVal >= *h.MinReplicas {
		t.Errorf("PodDisruptionBudget maxUnavailable %s with at least %s replicas; want a count from 1 to below the minimum", show(mu), show(h.MinReplicas))
	}
	cpu := false
	for _, mt := range h.Metrics {
		if mt.Type == autoscalingv2.ResourceMetricSourceType && mt.Resource != nil && mt.Resource.Name == corev1.ResourceCPU &&
			mt.Resource.Target.Type == autoscalingv2.UtilizationMetricType && mt.Resource.Target.AverageUtilization != nil {
			cpu = true
		}
	}
	if !cpu {
		t.Errorf("autoscaler metrics %+v; want CPU utilisation", h.Metrics)
	}
}

// targetsPort reports whether a Service's targetPort names or numbers one
// of the container's ports called grpc.
func targetsPort(target intstr.IntOrString, ports []corev1.ContainerPort) bool {
	for _, p := range ports {
		if p.Name == "grpc" && (target.Type == intstr.String && target.StrVal == p.Name || target.Type == intstr.Int && target.IntVal == p.ContainerPort) {
			return true
		}
	}
	return false
}

// show formats an optional field for a failure message.
func show[T any](p *T) string {
	if p == nil {
		return "unset"
	}
	return fmt.Sprint(*p)
}
