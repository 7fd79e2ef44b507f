package text

import (
	"slices"
	"testing"
)

// The tokens NewDocument hands out are the ones AppendTokens finds, for
// a document built with or without it, and appending to them cannot
// overwrite the next sentence's.
func TestSentenceTokens(t *testing.T) {
	const src = "Dr Ana Lemaire arrived on Tuesday. \"We'll see,\" she said.\n\nPrices rose 3.5% in Łódź."
	made := NewDocument(src, "A title")
	lit := &Document{Text: src, Sentences: Sentences(src)}
	if len(made.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3", len(made.Sentences))
	}
	for i, s := range made.Sentences {
		want := AppendTokens(nil, src, s.Span)
		if got := made.SentenceTokens(i); !slices.Equal(got, want) {
			t.Errorf("NewDocument: sentence %d tokens %v, want %v", i, got, want)
		}
		if got := lit.SentenceTokens(i); !slices.Equal(got, want) {
			t.Errorf("literal Document: sentence %d tokens %v, want %v", i, got, want)
		}
	}
	next := slices.Clone(made.SentenceTokens(1))
	_ = append(made.SentenceTokens(0), Token{})
	if got := made.SentenceTokens(1); !slices.Equal(got, next) {
		t.Errorf("appending to sentence 0's tokens changed sentence 1's: %v, want %v", got, next)
	}
	if made.Title != "A title" || made.Text != src {
		t.Errorf("NewDocument kept Title %q, Text %q", made.Title, made.Text)
	}
}

// Tokens is every sentence's SentenceTokens one after another, for a
// document built with or without NewDocument, and Forms is their
// SentenceForms the same way, each cut to its length so that appending
// to it cannot overwrite what the document hands out.
func TestTokens(t *testing.T) {
	const src = "Dr Ana Lemaire arrived on Tuesday. \"We'll see,\" she said.\n\nPrices rose 3.5% in Łódź."
	for _, d := range []*Document{NewDocument(src, ""), {Text: src, Sentences: Sentences(src)}} {
		toks, starts := d.Tokens()
		var wantToks []Token
		var wantForms []int32
		wantStarts := []int{0}
		for i := range d.Sentences {
			wantToks = append(wantToks, d.SentenceTokens(i)...)
			wantForms = append(wantForms, d.SentenceForms(i)...)
			wantStarts = append(wantStarts, len(wantToks))
		}
		if !slices.Equal(toks, wantToks) || !slices.Equal(starts, wantStarts) {
			t.Errorf("Tokens = %v, %v; want %v, %v", toks, starts, wantToks, wantStarts)
		}
		forms := d.Forms()
		if !slices.Equal(forms, wantForms) {
			t.Errorf("Forms = %v, want %v", forms, wantForms)
		}
		// Capacity cut to length: a caller's append copies.
		if cap(toks) != len(toks) || cap(starts) != len(starts) || cap(forms) != len(forms) {
			t.Errorf("capacities %d, %d, %d for lengths %d, %d, %d", cap(toks), cap(starts), cap(forms), len(toks), len(starts), len(forms))
		}
	}
}

// A text without sentences has no tokens to hand out, and no panic.
func TestNewDocumentEmpty(t *testing.T) {
	for _, src := range []string{"", "   \n\n  "} {
		d := NewDocument(src, "")
		for i := range d.Sentences {
			_ = d.SentenceTokens(i)
		}
	}
}
