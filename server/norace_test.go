//go:build !race

package server

// raceEnabled reports whether the tests run under the race detector, which
// slows the engine several times over: size tests shrink their inputs.
const raceEnabled = false
