package ner

import "math/bits"

// featTable maps 64-bit keys (features, word hashes) to rows by open
// addressing with linear probing. It replaces a Go map on the hot path:
// keys are already hashes, so the slot is the key's low bits and a probe
// is one load of 8 bytes. A slot keeps the key's high 32 bits; together
// with the slot's position that checks at least 48 bits of the key, so a
// feature the model lacks is taken for one it has about once in 10^9
// probes, and then adds one feature's weights.
type featTable struct {
	slots []slot
	mask  uint64
}

type slot struct {
	tag uint32 // the key's high 32 bits
	row int32  // -1 for an empty slot
}

// newFeatTable builds a table of the keys in index, between a third and
// two thirds full, with at least 2^16 slots so that a slot's position
// holds at least 16 bits of its key.
func newFeatTable(index map[uint64]int32) featTable {
	n := max(uint64(1)<<bits.Len64(uint64(len(index)+len(index)/2)), 1<<16)
	t := featTable{slots: make([]slot, n), mask: n - 1}
	for i := range t.slots {
		t.slots[i].row = -1
	}
	for k, r := range index {
		i := k & t.mask
		for t.slots[i].row >= 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{uint32(k >> 32), r}
	}
	return t
}

// get returns the row of key k, or -1.
func (t *featTable) get(k uint64) int32 {
	tag := uint32(k >> 32)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.tag == tag || s.row < 0 {
			return s.row
		}
	}
}
