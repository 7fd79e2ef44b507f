//go:build race

package ner

// raceEnabled is set under the race detector, whose sync.Pool drops
// items at random, so that allocation counts mean nothing.
const raceEnabled = true
