//go:build !unix

package summary

import "time"

// cpuTime reports that CPU time is not measured here.
func cpuTime() (time.Duration, bool) { return 0, false }
