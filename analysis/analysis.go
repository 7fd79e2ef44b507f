package analysis

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/disputes"
	"github.com/docanalysis/docanalysis/analysis/gazetteer"
	"github.com/docanalysis/docanalysis/analysis/ner"
	"github.com/docanalysis/docanalysis/analysis/summary"
	"github.com/docanalysis/docanalysis/analysis/text"
)

// Name and Version identify the engine in every result.
const (
	Name    = "docanalysis"
	Version = "0.1.0"
)

// DefaultMaxTextBytes is the largest text an Engine accepts unless
// Config.MaxTextBytes says otherwise: 1 MiB.
const DefaultMaxTextBytes = 1 << 20

// Languages lists the languages the engine analyses, as BCP-47 base tags.
var Languages = []string{"en"}

const supportedList = "en"

// Features is a set of the parts of an analysis a caller wants.
type Features uint8

// The features. Combine them with |.
const (
	Summary Features = 1 << iota
	Actors
	Disputes
	Sentences
	Agreements

	// DefaultFeatures is what an empty feature list means: everything
	// but the sentence list.
	DefaultFeatures = Summary | Actors | Disputes | Agreements
)

// Has reports whether every feature in g is in f.
func (f Features) Has(g Features) bool { return f&g == g }

// Document is one article to analyse.
type Document struct {
	ID       string // the caller's id, echoed back
	Text     string // raw UTF-8 text, required
	Title    string // optional headline given apart from Text
	Language string // BCP-47 tag; empty means detect
}

// Options tunes one analysis. The zero value asks for DefaultFeatures with
// default stage options.
type Options struct {
	Features Features        // what to compute; 0 means DefaultFeatures
	Summary  summary.Options // summary limits
	Actors   actors.Options
	Disputes disputes.Options
	// Observe, when set, is called after each stage that ran with the
	// stage's name ("text", "summary", "actors", "disputes") and how long
	// it took, for the server's metrics. It runs on the caller's goroutine
	// and should return quickly.
	Observe func(stage string, elapsed time.Duration)
}

// timed reports the time since start to observe, if set, under stage.
func timed(observe func(string, time.Duration), stage string, start time.Time) {
	if observe != nil {
		observe(stage, time.Since(start))
	}
}

// Stats counts over a whole text.
type Stats struct {
	Characters int // Unicode code points
	Words      int // runs of letters or digits
	Sentences  int
	Paragraphs int
}

// Result is everything read from one document. Parts not asked for are
// empty.
type Result struct {
	DocumentID string
	Language   string
	Summary    *summary.Summary
	Actors     []actors.Actor       // most salient first
	Disputes   []disputes.Point     // most confident first
	Agreements []disputes.Agreement // most confident first
	Sentences  []text.Sentence      // only with the Sentences feature
	Stats      Stats
}

// Config sets an Engine's limits. The zero value means the defaults.
type Config struct {
	// MaxTextBytes is the largest Document.Text accepted, in bytes.
	// 0 means DefaultMaxTextBytes.
	MaxTextBytes int
	// DisputeModel decides the disputed points and agreements; nil means
	// the embedded model. Cross-validation passes one trained without the
	// articles it is scored on.
	DisputeModel *disputes.Model
	// ActorFilter decides which proposed actors are kept; nil means the
	// embedded filter. Cross-validation passes one trained without the
	// articles it is scored on.
	ActorFilter *actors.Filter
}

// Engine analyses documents. It is safe for concurrent use.
type Engine struct {
	maxText  int
	tagger   *ner.Tagger
	gaz      *gazetteer.Gazetteer
	filter   *actors.Filter
	summary  *summary.Model
	disputes *disputes.Model
}

// New returns an Engine with the given configuration, with its models
// loaded: the named-entity tagger, the gazetteer, the actor filter, the
// summary's sentence scorer and the disputes model (the embedded ones unless cfg gives
// others). A model that does not load is an error, never a quieter
// engine; the stages take their models from the engine and load nothing
// themselves.
func New(cfg Config) (*Engine, error) {
	e := &Engine{maxText: cfg.MaxTextBytes, disputes: cfg.DisputeModel, filter: cfg.ActorFilter}
	if e.maxText <= 0 {
		e.maxText = DefaultMaxTextBytes
	}
	var err error
	if e.tagger, err = ner.Default(); err != nil {
		return nil, fmt.Errorf("analysis: loading the tagger: %w", err)
	}
	e.gaz = gazetteer.Default()
	if e.filter == nil {
		if e.filter, err = actors.DefaultFilter(); err != nil {
			return nil, fmt.Errorf("analysis: loading the actor filter: %w", err)
		}
	}
	if e.summary, err = summary.Default(); err != nil {
		return nil, fmt.Errorf("analysis: loading the summary model: %w", err)
	}
	if e.disputes == nil {
		if e.disputes, err = disputes.Default(); err != nil {
			return nil, fmt.Errorf("analysis: loading the disputes model: %w", err)
		}
	}
	return e, nil
}

// MaxTextBytes reports the largest text the engine accepts, in bytes.
func (e *Engine) MaxTextBytes() int { return e.maxText }

// Check reports why doc cannot be analysed, or nil. Analyze calls it first;
// callers that validate requests before queueing them call it too.
func (e *Engine) Check(doc *Document) error {
	if len(doc.Text) > e.maxText {
		return &LimitError{Size: len(doc.Text), Limit: e.maxText}
	}
	if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
		return ErrInvalidUTF8
	}
	if strings.TrimFunc(doc.Text, unicode.IsSpace) == "" {
		return ErrEmptyText
	}
	return e.CheckLanguage(doc.Language)
}

// CheckLanguage reports whether the engine analyses the language tag, as a
// *UnsupportedLanguageError, or nil. An empty tag means detect and is
// always accepted.
func (e *Engine) CheckLanguage(tag string) error {
	_, err := language(tag)
	return err
}

// language resolves a BCP-47 tag to a supported base language. Only the
// primary subtag matters: "en-GB" and "en-Latn-US" are English.
func language(tag string) (string, error) {
	if tag == "" {
		return "en", nil
	}
	base, _, _ := strings.Cut(tag, "-")
	base = strings.ToLower(base)
	for _, l := range Languages {
		if base == l {
			return l, nil
		}
	}
	return "", &UnsupportedLanguageError{Language: tag}
}

// Analyze reads doc and returns what opts asks for.
func (e *Engine) Analyze(ctx context.Context, doc *Document, opts *Options) (*Result, error) {
	if err := e.Check(doc); err != nil {
		return nil, err
	}
	if opts == nil {
		opts = &Options{}
	}
	feats := opts.Features
	if feats == 0 {
		feats = DefaultFeatures
	}
	lang, _ := language(doc.Language)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// The sentences and their tokens are found once, here, for every
	// stage to read.
	start := time.Now()
	td := text.NewDocument(doc.Text, doc.Title)
	// The result keeps strings and spans, never the document's lists
	// (the sentences are copied), so the next analysis may fill them.
	defer td.Release()
	timed(opts.Observe, "text", start)
	res := &Result{DocumentID: doc.ID, Language: lang, Stats: stats(td)}
	if feats.Has(Sentences) {
		res.Sentences = slices.Clone(td.Sentences)
	}
	if feats&Summary != 0 {
		s, err := e.summarize(ctx, td, opts)
		if err != nil {
			return nil, err
		}
		res.Summary = s
	}
	if feats&(Actors|Disputes|Agreements) != 0 {
		if err := e.addActorsAndPoints(ctx, td, feats, opts, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// summarize runs the summary stage, with the engine's model unless opts
// gives one.
func (e *Engine) summarize(ctx context.Context, td *text.Document, opts *Options) (*summary.Summary, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	start := time.Now()
	sopts := opts.Summary
	if sopts.Model == nil {
		sopts.Model = e.summary
	}
	s, err := summary.Summarize(ctx, td, sopts)
	if err != nil {
		return nil, fmt.Errorf("analysis: summary: %w", err)
	}
	timed(opts.Observe, "summary", start)
	return &s, nil
}

// addActorsAndPoints finds the actors and, when feats asks for them, the
// disputes and agreements between them, and puts in res what feats asks
// for and what it needs: the actors the filter keeps, and those that
// points name by id, numbered anew. The summary's key phrases that name
// an actor take its name.
func (e *Engine) addActorsAndPoints(ctx context.Context, td *text.Document, feats Features, opts *Options, res *Result) error {
	found, filter, err := e.findActors(ctx, td, opts)
	if err != nil {
		return err
	}
	if feats&(Disputes|Agreements) != 0 {
		points, agreed, err := e.findPoints(ctx, td, found, opts)
		if err != nil {
			return err
		}
		if feats.Has(Disputes) {
			res.Disputes = points
		}
		if feats.Has(Agreements) {
			res.Agreements = agreed
		}
	}
	reported, renamed := filter.Reported(found, sides(res.Disputes, res.Agreements))
	renameSides(res.Disputes, res.Agreements, renamed)
	if res.Summary != nil {
		res.Summary.Keywords = summary.MergeActors(res.Summary.Keywords, reported)
	}
	if feats.Has(Actors) || len(res.Disputes) > 0 || len(res.Agreements) > 0 {
		res.Actors = reported
	}
	return nil
}

// findActors runs the actors stage, with the engine's tagger, gazetteer
// and filter unless opts gives them, and returns the filter it used.
func (e *Engine) findActors(ctx context.Context, td *text.Document, opts *Options) ([]actors.Actor, *actors.Filter, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	start := time.Now()
	aopts := opts.Actors
	if aopts.Tagger == nil {
		aopts.Tagger = e.tagger
	}
	if aopts.Gazetteer == nil {
		aopts.Gazetteer = e.gaz
	}
	if aopts.Filter == nil {
		aopts.Filter = e.filter
	}
	found, err := actors.Find(ctx, td, aopts)
	if err != nil {
		return nil, nil, fmt.Errorf("analysis: actors: %w", err)
	}
	timed(opts.Observe, "actors", start)
	return found, aopts.Filter, nil
}

// findPoints runs the disputes stage on the actors found, with the
// engine's model unless opts gives one.
func (e *Engine) findPoints(ctx context.Context, td *text.Document, found []actors.Actor, opts *Options) ([]disputes.Point, []disputes.Agreement, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	dopts := opts.Disputes
	if dopts.Model == nil {
		dopts.Model = e.disputes
	}
	if dopts.Tagger == nil {
		dopts.Tagger = e.tagger
	}
	start := time.Now()
	// The reading of who says what and whom a reference means is built
	// once, here, for the stages after actors to read.
	rd, err := actors.Read(ctx, td, found)
	if err != nil {
		return nil, nil, fmt.Errorf("analysis: reading: %w", err)
	}
	defer rd.Release()
	points, agreed, err := disputes.Find(ctx, rd, dopts)
	if err != nil {
		return nil, nil, fmt.Errorf("analysis: disputes: %w", err)
	}
	timed(opts.Observe, "disputes", start)
	return points, agreed, nil
}

// sides returns whether an actor ID holds a position of one of points or
// is party to one of agreed.
func sides(points []disputes.Point, agreed []disputes.Agreement) func(id string) bool {
	if len(points) == 0 && len(agreed) == 0 {
		return nil
	}
	ids := make(map[string]bool)
	for _, p := range points {
		for _, pos := range p.Positions {
			ids[pos.ActorID] = true
		}
	}
	for _, a := range agreed {
		for _, id := range a.ActorIDs {
			ids[id] = true
		}
	}
	return func(id string) bool { return ids[id] }
}

// renameSides gives the actors that points and agreed name their new IDs.
func renameSides(points []disputes.Point, agreed []disputes.Agreement, renamed map[string]string) {
	for i := range points {
		for j := range points[i].Positions {
			pos := &points[i].Positions[j]
			pos.ActorID = renamed[pos.ActorID]
		}
	}
	for i := range agreed {
		for j, id := range agreed[i].ActorIDs {
			agreed[i].ActorIDs[j] = renamed[id]
		}
	}
}

// stats counts over the text. Words are the tokenizer's word and number
// tokens, so "Zoë’s" and "$1.5bn" count once each, as a reader counts them.
func stats(td *text.Document) Stats {
	s := Stats{Sentences: len(td.Sentences), Characters: utf8.RuneCountInString(td.Text)}
	for i := range td.Sentences {
		for _, t := range td.SentenceTokens(i) {
			if t.Kind == text.Word || t.Kind == text.Number {
				s.Words++
			}
		}
	}
	if len(td.Sentences) > 0 {
		s.Paragraphs = td.Sentences[len(td.Sentences)-1].Paragraph + 1
	}
	return s
}

// Model names one model or data set the engine uses, for EngineInfo.
type Model struct {
	Name    string // what it does: "ner", "gazetteer"
	Version string // a version or content hash
}

// Models lists the embedded models and data sets behind an engine's
// answers: an Engine cannot be made without them (New fails), so the list
// names what a default engine's answer really used.
func Models() []Model {
	return []Model{
		{Name: "segmenter", Version: "rules-1"},
		{Name: "gazetteer", Version: "mledoze-5e9f370+supraverden-59ab4fa"},
		{Name: "ner", Version: ner.DefaultVersion()},
		{Name: "actors", Version: "ner+rules-3+" + actors.FilterVersion()},
		{Name: "summary", Version: "listwise-2"},
		{Name: "disputes", Version: disputes.DefaultVersion()},
	}
}
