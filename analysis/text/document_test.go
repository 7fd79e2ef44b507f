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

// A document made after another was released reads as one made fresh:
// no token, form, word or class of the longer text before it shows
// through, and its lists cannot be appended into each other.
func TestReleaseReuse(t *testing.T) {
	const long = "Officials in Velmora rejected the offer on Monday. The union said talks would resume. Mr Okafor, its leader, disagreed sharply."
	const short = "Talks resumed. The union agreed."
	first := NewDocument(long, "")
	first.Vocabulary()
	first.Release()
	got := NewDocument(short, "")
	want := &Document{Text: short, Sentences: Sentences(short)}
	if !slices.Equal(got.Sentences, want.Sentences) || cap(got.Sentences) != len(got.Sentences) {
		t.Errorf("reused document's sentences %v (room for %d), want %v", got.Sentences, cap(got.Sentences), want.Sentences)
	}
	gt, gs := got.Tokens()
	wt, ws := want.Tokens()
	if !slices.Equal(gt, wt) || !slices.Equal(gs, ws) {
		t.Errorf("reused document's tokens %v %v, want %v %v", gt, gs, wt, ws)
	}
	gv, wv := got.Vocabulary(), want.Vocabulary()
	if !slices.Equal(gv.Forms, wv.Forms) || !slices.Equal(gv.Words, wv.Words) ||
		!slices.Equal(gv.Lower, wv.Lower) || !slices.Equal(gv.Classes, wv.Classes) {
		t.Errorf("reused document's vocabulary %+v, want %+v", *gv, *wv)
	}
	if !slices.Equal(got.Forms(), want.Forms()) {
		t.Errorf("reused document's forms %v, want %v", got.Forms(), want.Forms())
	}
	if cap(gv.Forms) != len(gv.Forms) || cap(gv.Lower) != len(gv.Lower) || cap(gv.Classes) != len(gv.Classes) {
		t.Errorf("vocabulary lists have room past their ends: Forms %d/%d, Lower %d/%d, Classes %d/%d",
			len(gv.Forms), cap(gv.Forms), len(gv.Lower), cap(gv.Lower), len(gv.Classes), cap(gv.Classes))
	}
	got.Release()
}
