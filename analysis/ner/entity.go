package ner

import (
	"strconv"

	"github.com/docanalysis/docanalysis/analysis/text"
)

// Type is the type of a named entity, as CoNLL-2003 defines them.
type Type uint8

// Entity types.
const (
	PER  Type = iota + 1 // a person ("Tony Blair")
	ORG                  // an organisation: company, party, team, institution ("Labour", "Arsenal")
	LOC                  // a location: country, city, region, geographical feature ("Iraq", "Downing Street")
	MISC                 // other names: nationalities, events, works, products ("British", "World Cup")
)

const nTypes = 4

var typeNames = [...]string{"", "PER", "ORG", "LOC", "MISC"}

// String returns the CoNLL name of the type ("PER").
func (t Type) String() string {
	if t >= PER && t <= MISC {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// Entity is one named entity found in a text.
type Entity struct {
	// Span is the entity's byte range in the text that was tagged, from
	// the start of its first token to the end of its last.
	Span text.Span
	Type Type
}

// Tags. The tagger labels each token with BILOU tags: Begin, Inside and
// Last token of a multi-token entity, Unit-length entity, or Outside.
// Tag 0 is O; type t (1-4) has tags 1+4(t-1)+{B, I, L, U}.
const (
	posB = iota
	posI
	posL
	posU
	nTags = 1 + 4*nTypes
)

func makeTag(t Type, pos int) uint8 { return uint8(1 + 4*(int(t)-1) + pos) }

func tagType(tag uint8) Type {
	if tag == 0 {
		return 0
	}
	return Type((tag-1)/4 + 1)
}

func tagPos(tag uint8) int { return int(tag-1) % 4 }

// iob2 are the CoNLL IOB2 spellings of the BILOU tags.
var iob2 = func() [nTags]string {
	var s [nTags]string
	s[0] = "O"
	for t := PER; t <= MISC; t++ {
		s[makeTag(t, posB)] = "B-" + t.String()
		s[makeTag(t, posU)] = "B-" + t.String()
		s[makeTag(t, posI)] = "I-" + t.String()
		s[makeTag(t, posL)] = "I-" + t.String()
	}
	return s
}()

// allowed reports whether tag cur may follow tag prev; prev == nTags is
// the start of the sentence. These constraints make every decoded
// sequence a well-formed BILOU sequence.
func allowed(prev, cur uint8) bool {
	open := prev != nTags && prev != 0 && (tagPos(prev) == posB || tagPos(prev) == posI)
	if open {
		return cur != 0 && tagType(cur) == tagType(prev) && (tagPos(cur) == posI || tagPos(cur) == posL)
	}
	return cur == 0 || tagPos(cur) == posB || tagPos(cur) == posU
}

// allowedEnd reports whether a sentence may end with tag t.
func allowedEnd(t uint8) bool { return t == 0 || tagPos(t) == posL || tagPos(t) == posU }

// bilou converts IOB1 or IOB2 tags ("B-PER", "I-PER", "O") into BILOU tag
// ids. An I- tag that starts an entity is read as its beginning.
func bilou(dst []uint8, tags []string) []uint8 {
	typeOf := func(tag string) Type {
		if len(tag) < 3 || tag[1] != '-' {
			return 0
		}
		for t := PER; t <= MISC; t++ {
			if tag[2:] == t.String() {
				return t
			}
		}
		return 0
	}
	n := len(tags)
	for i := 0; i < n; i++ {
		t := typeOf(tags[i])
		if t == 0 {
			dst = append(dst, 0)
			continue
		}
		begin := tags[i][0] == 'B' || i == 0 || typeOf(tags[i-1]) != t
		end := i+1 == n || typeOf(tags[i+1]) != t || tags[i+1][0] == 'B'
		pos := posI
		switch {
		case begin && end:
			pos = posU
		case begin:
			pos = posB
		case end:
			pos = posL
		}
		dst = append(dst, makeTag(t, pos))
	}
	return dst
}
