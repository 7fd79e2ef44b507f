package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner/internal/conll"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Gazetteer labels: how a phrase is listed in analysis/gazetteer. They are
// features, not answers: "Washington" is a capital and a surname, and the
// weights learn how far each label is to be trusted.
const (
	gzCountry     = 1 << iota // a country's name
	gzCountryAbbr             // a country's abbreviation ("US", "UAE")
	gzCapital                 // a capital city
	gzDemonym                 // an adjective or singular noun for a people ("Iranian")
	gzPeople                  // a plural noun for a people ("Iranians")
	gzOrg                     // an international organisation's name
	gzOrgAbbr                 // an international organisation's abbreviation ("NATO")
	gzRegion                  // a region or nation within a state ("Scotland")
	gzMetonym                 // a seat of government ("Downing Street", "Kremlin")
)

// maxGazWords bounds the length in tokens of the phrases matched.
const maxGazWords = 8

// gazIndex holds the gazetteer's surface forms as token sequences joined by
// single spaces.
type gazIndex struct {
	exact    map[string]uint16 // single tokens, as written
	fold     map[string]uint16 // phrases of any length, lower case
	prefixes map[string]bool   // lower-case proper prefixes of the multi-token phrases
}

// newGazIndex indexes the gazetteer's surface forms by label.
func newGazIndex(g *gazetteer.Gazetteer) *gazIndex {
	x := &gazIndex{exact: map[string]uint16{}, fold: map[string]uint16{}, prefixes: map[string]bool{}}
	var toks []text.Token
	var parts []string
	add := func(surface string, label uint16) {
		// "the Kremlin" is matched as "Kremlin": the article is rarely
		// part of the name CoNLL tags.
		surface = strings.TrimPrefix(surface, "the ")
		toks = conll.AppendTokens(toks[:0], surface, text.Span{Start: 0, End: len(surface)})
		if len(toks) == 0 || len(toks) > maxGazWords {
			return
		}
		parts = parts[:0]
		for _, t := range toks {
			parts = append(parts, t.In(surface))
		}
		key := strings.Join(parts, " ")
		lower := strings.ToLower(key)
		x.fold[lower] |= label
		if len(parts) == 1 {
			x.exact[key] |= label
			return
		}
		for i := 1; i < len(parts); i++ {
			x.prefixes[strings.ToLower(strings.Join(parts[:i], " "))] = true
		}
	}
	for _, e := range g.Entities() {
		switch e.Kind {
		case gazetteer.Country:
			add(e.Name, gzCountry)
			add(e.Official, gzCountry)
			for _, s := range e.Names {
				add(s, gzCountry)
			}
			for _, s := range e.Abbreviations {
				add(s, gzCountryAbbr)
			}
		case gazetteer.Organization:
			add(e.Name, gzOrg)
			for _, s := range e.Names {
				add(s, gzOrg)
			}
			for _, s := range e.Abbreviations {
				add(s, gzOrgAbbr)
			}
		case gazetteer.Region:
			add(e.Name, gzRegion)
			for _, s := range e.Names {
				add(s, gzRegion)
			}
		}
		for _, s := range e.Capitals {
			add(s, gzCapital)
		}
		for _, s := range e.Demonyms {
			add(s, gzDemonym)
		}
		for _, s := range e.People {
			add(s, gzPeople)
		}
		for _, s := range e.Metonyms {
			add(s, gzMetonym)
		}
	}
	return x
}

// digest identifies the index's content: a SHA-256, in hex, over its
// entries in sorted order. A model records the digest of the tables it
// was trained with, so that a test notices when the gazetteer changed
// after training and the model needs make train-ner.
func (x *gazIndex) digest() string {
	var lines []string
	for k, l := range x.exact {
		lines = append(lines, fmt.Sprintf("e\t%s\t%d", k, l))
	}
	for k, l := range x.fold {
		lines = append(lines, fmt.Sprintf("f\t%s\t%d", k, l))
	}
	for k := range x.prefixes {
		lines = append(lines, "p\t"+k)
	}
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		io.WriteString(h, l+"\n")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// gazHit is a context feature of one token of a sentence.
type gazHit struct {
	i   int
	key uint64
}

// appendSpans appends the features of the multi-token gazetteer phrases
// found in ws: every phrase of two or more tokens starting at a
// capitalised word, each of its labels with the token's position in it
// (first, inside, last).
func (x *gazIndex) appendSpans(dst []gazHit, ws []word, sc *scratch) []gazHit {
	for i := range ws {
		if !ws[i].initCap {
			continue
		}
		sc.buf = appendLower(sc.buf[:0], ws[i].text)
		for j := i + 1; j < len(ws) && j-i < maxGazWords; j++ {
			if !x.prefixes[string(sc.buf)] {
				break
			}
			sc.buf = append(sc.buf, ' ')
			sc.buf = appendLower(sc.buf, ws[j].text)
			l := x.fold[string(sc.buf)]
			if l == 0 {
				continue
			}
			for k := i; k <= j; k++ {
				pos := uint64(1) // inside
				switch k {
				case i:
					pos = 0
				case j:
					pos = 2
				}
				for b := range uint64(16) {
					if l&(1<<b) != 0 {
						dst = append(dst, gazHit{k, ctxKey(tGazSpan, b<<2|pos)})
					}
				}
			}
		}
	}
	return dst
}
