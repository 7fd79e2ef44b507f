package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	// Registered so that protojson can print the BadRequest and RetryInfo
	// details of a per-document error.
	_ "google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	docanalysisv1 "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// sections says which parts of an analysis a report shows: the ones asked
// for, so that an empty part reads "(none found)" rather than vanishing,
// and a part not asked for is not mistaken for an empty one.
type sections struct {
	summary, actors, disputes, agreements, sentences bool
}

// sectionsFor returns the sections for a --features list; nil is the
// server's default, every feature but sentences.
func sectionsFor(features []docanalysisv1.Feature) sections {
	if len(features) == 0 {
		return sections{summary: true, actors: true, disputes: true, agreements: true}
	}
	var s sections
	for _, f := range features {
		switch f {
		case docanalysisv1.Feature_FEATURE_SUMMARY:
			s.summary = true
		case docanalysisv1.Feature_FEATURE_ACTORS:
			s.actors = true
		case docanalysisv1.Feature_FEATURE_DISPUTED_POINTS:
			s.disputes = true
		case docanalysisv1.Feature_FEATURE_AGREEMENTS:
			s.agreements = true
		case docanalysisv1.Feature_FEATURE_SENTENCES:
			s.sentences = true
		}
	}
	return s
}

// marshalJSON renders m as multi-line protojson ending in a newline.
func marshalJSON(m proto.Message) ([]byte, error) {
	b, err := protojson.MarshalOptions{Multiline: true}.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encoding JSON: %w", err)
	}
	return append(b, '\n'), nil
}

// writeJSON writes m to w as multi-line protojson.
func writeJSON(w io.Writer, m proto.Message) error {
	b, err := marshalJSON(m)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// oneLine folds the line breaks and runs of spaces inside a span of the
// text, so that each quoted sentence takes one line of the report.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// lowerName turns an enum value name into a word: ACTOR_TYPE_COUNTRY with
// prefix "ACTOR_TYPE_" becomes "country".
func lowerName(name, prefix string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(name, prefix), "_", " "))
}

// listOr joins items with sep, or returns "-" for none, so that table
// cells are never blank.
func listOr(items []string, sep string) string {
	if len(items) == 0 {
		return "-"
	}
	return strings.Join(items, sep)
}

// writeReport writes a human-readable report of a to w: a header line with
// the counts, then the sections in show.
func writeReport(w io.Writer, a *docanalysisv1.DocumentAnalysis, show sections) error {
	var b bytes.Buffer
	writeHeader(&b, a)
	if show.summary {
		writeSummary(&b, a.GetSummary())
	}
	if show.actors {
		writeActors(&b, a.GetActors())
	}
	names := actorNames(a.GetActors())
	if show.disputes {
		writeDisputes(&b, a.GetDisputedPoints(), names)
	}
	if show.agreements {
		writeAgreements(&b, a.GetAgreements(), names)
	}
	if show.sentences {
		writeSentences(&b, a.GetSentences())
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeHeader writes "Document ID: en, 523 words, ..." from the stats.
func writeHeader(b *bytes.Buffer, a *docanalysisv1.DocumentAnalysis) {
	b.WriteString("Document")
	if id := a.GetDocumentId(); id != "" {
		b.WriteString(" " + id)
	}
	st := a.GetStats()
	fmt.Fprintf(b, ": language %s, %s, %s, %s", cmp.Or(a.GetLanguage(), "unknown"),
		count(st.GetWords(), "word"), count(st.GetSentences(), "sentence"), count(st.GetParagraphs(), "paragraph"))
	if rt := st.GetReadingTime(); rt != nil {
		fmt.Fprintf(b, ", %s to read", rt.AsDuration().Round(time.Second))
	}
	b.WriteString("\n")
}

// count returns "1 word", "2 words".
func count(n int32, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// writeSummary writes the gist, the numbered key points and the keywords.
func writeSummary(b *bytes.Buffer, s *docanalysisv1.Summary) {
	b.WriteString("\nSUMMARY\n")
	if s.GetGist() == "" && len(s.GetKeyPoints()) == 0 && len(s.GetKeywords()) == 0 {
		b.WriteString("  (none found)\n")
		return
	}
	fmt.Fprintf(b, "  Gist: %s\n", oneLine(s.GetGist()))
	if kps := s.GetKeyPoints(); len(kps) > 0 {
		b.WriteString("  Key points:\n")
		for i, kp := range kps {
			fmt.Fprintf(b, "    %d. %s\n", i+1, oneLine(kp.GetSpan().GetContent()))
		}
	}
	fmt.Fprintf(b, "  Keywords: %s\n", listOr(s.GetKeywords(), ", "))
}

// writeActors writes the actors as a table, most salient first as the
// server sorted them.
func writeActors(b *bytes.Buffer, actors []*docanalysisv1.Actor) {
	b.WriteString("\nACTORS\n")
	if len(actors) == 0 {
		b.WriteString("  (none found)\n")
		return
	}
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  NAME\tTYPE\tSALIENCE\tALIASES\tROLES")
	for _, a := range actors {
		fmt.Fprintf(tw, "  %s\t%s\t%.2f\t%s\t%s\n",
			a.GetName(),
			lowerName(a.GetType().String(), "ACTOR_TYPE_"),
			a.GetSalience(),
			listOr(a.GetAliases(), ", "),
			listOr(a.GetRoles(), "; "))
	}
	tw.Flush()
}

// actorNames maps actor ids to names, for positions and agreements.
func actorNames(actors []*docanalysisv1.Actor) map[string]string {
	names := make(map[string]string, len(actors))
	for _, a := range actors {
		names[a.GetId()] = a.GetName()
	}
	return names
}

// actorName resolves an actor id, falling back to the id itself so that a
// dangling reference still shows something to look up.
func actorName(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

// writePointHeader writes the numbered topic line and the description that
// disputed and agreed points share.
func writePointHeader(b *bytes.Buffer, i int, topic, description string, confidence float32) {
	fmt.Fprintf(b, "  %d. %s (confidence %.2f)\n", i+1, oneLine(topic), confidence)
	if description != "" {
		fmt.Fprintf(b, "     %s\n", oneLine(description))
	}
}

// writeDisputes writes each disputed point with its sides and evidence.
func writeDisputes(b *bytes.Buffer, points []*docanalysisv1.DisputedPoint, names map[string]string) {
	b.WriteString("\nDISPUTED POINTS\n")
	if len(points) == 0 {
		b.WriteString("  (none found)\n")
		return
	}
	for i, p := range points {
		writePointHeader(b, i, p.GetTopic(), p.GetDescription(), p.GetConfidence())
		// A copy: appending to the message's own slice could write into
		// its spare capacity.
		evidence := slices.Clone(p.GetEvidence())
		for _, pos := range p.GetPositions() {
			fmt.Fprintf(b, "     - %s: %s\n", actorName(names, pos.GetActorId()), oneLine(pos.GetStatement()))
			evidence = append(evidence, pos.GetEvidence()...)
		}
		writeEvidence(b, evidence)
	}
}

// writeAgreements writes each agreed point with its actors and evidence.
func writeAgreements(b *bytes.Buffer, points []*docanalysisv1.AgreedPoint, names map[string]string) {
	b.WriteString("\nAGREEMENTS\n")
	if len(points) == 0 {
		b.WriteString("  (none found)\n")
		return
	}
	for i, p := range points {
		writePointHeader(b, i, p.GetTopic(), p.GetDescription(), p.GetConfidence())
		var who []string
		for _, id := range p.GetActorIds() {
			who = append(who, actorName(names, id))
		}
		fmt.Fprintf(b, "     Agreed by: %s\n", listOr(who, ", "))
		writeEvidence(b, p.GetEvidence())
	}
}

// writeEvidence quotes each distinct evidence span once, in the order
// given.
func writeEvidence(b *bytes.Buffer, spans []*docanalysisv1.TextSpan) {
	seen := make(map[string]bool)
	first := true
	for _, s := range spans {
		text := oneLine(s.GetContent())
		if text == "" || seen[text] {
			continue
		}
		seen[text] = true
		if first {
			b.WriteString("     Evidence:\n")
			first = false
		}
		fmt.Fprintf(b, "       > %s\n", text)
	}
}

// writeSentences writes the segmentation, one numbered sentence a line.
func writeSentences(b *bytes.Buffer, sentences []*docanalysisv1.Sentence) {
	b.WriteString("\nSENTENCES\n")
	if len(sentences) == 0 {
		b.WriteString("  (none found)\n")
		return
	}
	for _, s := range sentences {
		fmt.Fprintf(b, "  %3d  [%d-%d] %s\n", s.GetIndex(), s.GetSpan().GetBegin(), s.GetSpan().GetEnd(), oneLine(s.GetSpan().GetContent()))
	}
}

// writeInfo writes a human-readable description of the server.
func writeInfo(w io.Writer, info *docanalysisv1.GetServiceInfoResponse) error {
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	e := info.GetEngine()
	fmt.Fprintf(tw, "Engine\t%s %s\n", e.GetName(), e.GetVersion())
	var models []string
	for _, m := range e.GetModels() {
		models = append(models, m.GetName()+" "+m.GetVersion())
	}
	fmt.Fprintf(tw, "Models\t%s\n", listOr(models, ", "))
	fmt.Fprintf(tw, "Languages\t%s\n", listOr(info.GetLanguages(), ", "))
	var features []string
	for _, f := range info.GetFeatures() {
		features = append(features, featureName(f))
	}
	fmt.Fprintf(tw, "Features\t%s\n", listOr(features, ", "))
	var encodings []string
	for _, e := range info.GetEncodings() {
		encodings = append(encodings, encodingName(e))
	}
	fmt.Fprintf(tw, "Encodings\t%s\n", listOr(encodings, ", "))
	if l := info.GetLimits(); l != nil {
		fmt.Fprintf(tw, "Max text bytes\t%d\n", l.GetMaxTextBytes())
		fmt.Fprintf(tw, "Max summary sentences\t%d\n", l.GetMaxSummarySentences())
		fmt.Fprintf(tw, "Max stream in flight\t%d\n", l.GetMaxStreamInFlight())
		fmt.Fprintf(tw, "Max receive message bytes\t%d\n", l.GetMaxReceiveMessageBytes())
		fmt.Fprintf(tw, "Max batch documents\t%d\n", l.GetMaxBatchDocuments())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
