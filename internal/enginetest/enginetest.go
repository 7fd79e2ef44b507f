// Package enginetest builds analysis engines for the tests of the packages
// that use one.
package enginetest

import (
	"testing"

	"github.com/docanalysis/docanalysis/analysis"
)

// New is analysis.New for tests: an engine whose models do not load fails
// the test.
func New(tb testing.TB, cfg analysis.Config) *analysis.Engine {
	tb.Helper()
	e, err := analysis.New(cfg)
	if err != nil {
		tb.Fatalf("analysis.New = _, %v", err)
	}
	return e
}
