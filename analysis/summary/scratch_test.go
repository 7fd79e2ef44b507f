package summary

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// Working memory kept from one document must never show in the next
// one's summary: each story summarised after others, longer and shorter,
// and after one too long to be pooled, gives what it gives alone.
func TestSummarizeReusesMemory(t *testing.T) {
	huge := strings.Repeat(longDoc(60)+"\n\n", maxPooledText/len(longDoc(60))+1)
	stories := []string{offLeadStory, harbourStory, longDoc(200), "One short sentence here.", huge}
	opts := []Options{{}, {MaxSentences: 8, MaxKeywords: 5}}
	want := map[int][]Summary{}
	for i, src := range stories {
		for _, o := range opts {
			// A fresh docTerms: nothing kept from before.
			d := new(docTerms)
			docTermsPool.Put(d)
			want[i] = append(want[i], summarize(t, newDoc(src, ""), o))
		}
	}
	for round := range 3 {
		for i := range stories {
			j := (i + round) % len(stories)
			for k, o := range opts {
				if got := summarize(t, newDoc(stories[j], ""), o); !reflect.DeepEqual(got, want[j][k]) {
					t.Errorf("round %d, story %d, options %+v: summary differs from the story's own:\n got %+v\nwant %+v", round, j, o, got, want[j][k])
				}
			}
		}
	}
}

// Calls at once each get their own working memory (run with -race).
func TestSummarizeConcurrent(t *testing.T) {
	stories := []string{offLeadStory, harbourStory, longDoc(120), ferryPage}
	want := make([]Summary, len(stories))
	for i, src := range stories {
		want[i] = summarize(t, newDoc(src, ""), Options{MaxSentences: 4})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(stories))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 20 {
				i := (g + r) % len(stories)
				got, err := Summarize(context.Background(), newDoc(stories[i], ""), embedded(t, Options{MaxSentences: 4}))
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, story %d: Summarize = %+v, %v; want %+v", g, i, got, err, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
