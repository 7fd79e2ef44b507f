package server

import (
	"math"
	"time"

	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/docanalysis/docanalysis/analysis"
	"github.com/docanalysis/docanalysis/analysis/actors"
	"github.com/docanalysis/docanalysis/analysis/text"
	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// wordsPerMinute sets DocumentStats.reading_time: a common figure for adult
// silent reading of non-fiction.
const wordsPerMinute = 230

// converter turns engine results, whose spans are byte offsets, into the
// API's messages in the requested encoding. It is the only place offsets are
// converted, so every span of a response uses the same table.
type converter struct {
	src string
	off *text.Offsets
}

func newConverter(src string, enc text.Encoding) *converter {
	return &converter{src: src, off: text.NewOffsets(src, enc)}
}

func (c *converter) span(s text.Span) *pb.TextSpan {
	return &pb.TextSpan{
		Begin:   int32(c.off.Convert(s.Start)),
		End:     int32(c.off.Convert(s.End)),
		Content: c.src[s.Start:s.End],
	}
}

func (c *converter) spans(ss []text.Span) []*pb.TextSpan {
	if len(ss) == 0 {
		return nil
	}
	out := make([]*pb.TextSpan, len(ss))
	for i, s := range ss {
		out[i] = c.span(s)
	}
	return out
}

// analysisProto converts one engine result.
func analysisProto(res *analysis.Result, src string, enc text.Encoding, engine *pb.EngineInfo) *pb.DocumentAnalysis {
	c := newConverter(src, enc)
	out := &pb.DocumentAnalysis{
		DocumentId: res.DocumentID,
		Language:   res.Language,
		Engine:     engine,
		Stats: &pb.DocumentStats{
			Characters:  int32(res.Stats.Characters),
			Words:       int32(res.Stats.Words),
			Sentences:   int32(res.Stats.Sentences),
			Paragraphs:  int32(res.Stats.Paragraphs),
			ReadingTime: durationpb.New(readingTime(res.Stats.Words)),
		},
	}
	if s := res.Summary; s != nil {
		ps := &pb.Summary{Keywords: s.Keywords}
		if s.Gist >= 0 && s.GistSpan.End > s.GistSpan.Start {
			ps.Gist = src[s.GistSpan.Start:s.GistSpan.End]
		}
		for _, k := range s.KeyPoints {
			ps.KeyPoints = append(ps.KeyPoints, &pb.SummarySentence{
				Span: c.span(k.Span), SentenceIndex: int32(k.Sentence), Score: float32(k.Score),
			})
		}
		out.Summary = ps
	}
	for _, a := range res.Actors {
		pa := &pb.Actor{
			Id: a.ID, Name: a.Name, Type: actorTypes[a.Type], Aliases: a.Aliases,
			Salience: float32(a.Salience), Roles: a.Roles,
		}
		pa.Mentions = make([]*pb.Mention, len(a.Mentions))
		for i, m := range a.Mentions {
			pa.Mentions[i] = &pb.Mention{Span: c.span(m.Span), Kind: mentionKinds[m.Kind], SentenceIndex: int32(m.Sentence)}
		}
		out.Actors = append(out.Actors, pa)
	}
	for _, d := range res.Disputes {
		pd := &pb.DisputedPoint{
			Id: d.ID, Topic: d.Topic, Description: d.Description,
			Evidence: c.spans(d.Evidence), Confidence: float32(d.Confidence),
		}
		for _, p := range d.Positions {
			pd.Positions = append(pd.Positions, &pb.Position{ActorId: p.ActorID, Statement: p.Statement, Evidence: c.spans(p.Evidence)})
		}
		out.DisputedPoints = append(out.DisputedPoints, pd)
	}
	for _, a := range res.Agreements {
		out.Agreements = append(out.Agreements, &pb.AgreedPoint{
			Id: a.ID, Topic: a.Topic, Description: a.Description, ActorIds: a.ActorIDs,
			Evidence: c.spans(a.Evidence), Confidence: float32(a.Confidence),
		})
	}
	for i, s := range res.Sentences {
		out.Sentences = append(out.Sentences, &pb.Sentence{Span: c.span(s.Span), Index: int32(i), ParagraphIndex: int32(s.Paragraph)})
	}
	return out
}

func readingTime(words int) time.Duration {
	secs := math.Ceil(float64(words) * 60 / wordsPerMinute)
	return time.Duration(secs) * time.Second
}

var actorTypes = map[actors.Type]pb.ActorType{
	actors.Person:       pb.ActorType_ACTOR_TYPE_PERSON,
	actors.Organization: pb.ActorType_ACTOR_TYPE_ORGANIZATION,
	actors.Country:      pb.ActorType_ACTOR_TYPE_COUNTRY,
	actors.Group:        pb.ActorType_ACTOR_TYPE_GROUP,
	actors.Location:     pb.ActorType_ACTOR_TYPE_LOCATION,
}

var mentionKinds = map[actors.MentionKind]pb.MentionKind{
	actors.Name:        pb.MentionKind_MENTION_KIND_NAME,
	actors.Acronym:     pb.MentionKind_MENTION_KIND_ACRONYM,
	actors.Demonym:     pb.MentionKind_MENTION_KIND_DEMONYM,
	actors.Metonym:     pb.MentionKind_MENTION_KIND_METONYM,
	actors.Description: pb.MentionKind_MENTION_KIND_DESCRIPTION,
}

// engineInfo describes the engine for responses and GetServiceInfo.
func engineInfo() *pb.EngineInfo {
	info := &pb.EngineInfo{Name: analysis.Name, Version: analysis.Version}
	for _, m := range analysis.Models() {
		info.Models = append(info.Models, &pb.ModelInfo{Name: m.Name, Version: m.Version})
	}
	return info
}
