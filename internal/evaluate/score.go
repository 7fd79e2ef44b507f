package evaluate

import (
	"fmt"
	"strings"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// DocScore holds the counts score_analysis.py keeps for one document, under
// its JSON names, so that its --json rows decode into the same type.
type DocScore struct {
	ID string `json:"id"`

	ActorsPred   int `json:"actors_pred"`    // predicted actors
	ActorsTPPred int `json:"actors_tp_pred"` // predicted actors that are a gold actor's first claim
	ActorsReq    int `json:"actors_req"`     // required gold actors
	ActorsFound  int `json:"actors_found"`   // required gold actors claimed
	ActorsTypeOK int `json:"actors_type_ok"` // of those, with the gold type
	MergeNum     int `json:"merge_num"`      // surface forms held by the claiming actor
	MergeDen     int `json:"merge_den"`      // surface forms of required actors with two or more
	RoleNum      int `json:"role_num"`       // gold roles matched by half their words
	RoleDen      int `json:"role_den"`       // gold roles of required actors

	DisputesPred        int `json:"disputes_pred"`
	DisputesReq         int `json:"disputes_req"`
	DisputesLooseTP     int `json:"disputes_loose_tp"`
	DisputesStrictTP    int `json:"disputes_strict_tp"`
	DisputesLooseFound  int `json:"disputes_loose_found"`
	DisputesStrictFound int `json:"disputes_strict_found"`
	// DisputesTopicSum adds the topic F1 of each required dispute found
	// strictly.
	DisputesTopicSum float64 `json:"disputes_topic_sum"`

	AgreementsPred        int     `json:"agreements_pred"`
	AgreementsReq         int     `json:"agreements_req"`
	AgreementsLooseTP     int     `json:"agreements_loose_tp"`
	AgreementsStrictTP    int     `json:"agreements_strict_tp"`
	AgreementsLooseFound  int     `json:"agreements_loose_found"`
	AgreementsStrictFound int     `json:"agreements_strict_found"`
	AgreementsTopicSum    float64 `json:"agreements_topic_sum"`
}

// pointCounts are match_points' counts for one kind of point.
type pointCounts struct {
	pred, req, looseTP, strictTP, looseFound, strictFound int
	topicSum                                              float64
}

// Totals are score_analysis.py's totals over documents, under its JSON
// names. Every figure is 0 when its denominator is.
type Totals struct {
	Documents int `json:"documents"`

	ActorPrecision    float64 `json:"actor_precision"`
	ActorRecall       float64 `json:"actor_recall"` // of required actors
	ActorF1           float64 `json:"actor_f1"`
	ActorTypeAccuracy float64 `json:"actor_type_accuracy"`
	AliasMerge        float64 `json:"alias_merge"`
	RoleRecall        float64 `json:"role_recall"`

	// Disputes, strict: evidence overlap and two gold parties named.
	DisputePrecision float64 `json:"dispute_precision"`
	DisputeRecall    float64 `json:"dispute_recall"`
	DisputeF1        float64 `json:"dispute_f1"`
	// DisputeEvidenceOnlyF1 asks for the evidence overlap alone.
	DisputeEvidenceOnlyF1 float64 `json:"dispute_evidence_only_f1"`
	// DisputeTopicF1 is the mean content-word F1 of a found dispute's
	// topic against the reader's, over required disputes found strictly.
	DisputeTopicF1 float64 `json:"dispute_topic_f1"`

	// Agreements, strict.
	AgreementPrecision float64 `json:"agreement_precision"`
	AgreementRecall    float64 `json:"agreement_recall"`
	AgreementF1        float64 `json:"agreement_f1"`
}

// Fields lists the totals' figures by JSON name, in the scorer's order, for
// tables and comparisons.
func (t *Totals) Fields() []Field {
	return []Field{
		{"actor_precision", t.ActorPrecision}, {"actor_recall", t.ActorRecall}, {"actor_f1", t.ActorF1},
		{"actor_type_accuracy", t.ActorTypeAccuracy}, {"alias_merge", t.AliasMerge}, {"role_recall", t.RoleRecall},
		{"dispute_precision", t.DisputePrecision}, {"dispute_recall", t.DisputeRecall}, {"dispute_f1", t.DisputeF1},
		{"dispute_evidence_only_f1", t.DisputeEvidenceOnlyF1}, {"dispute_topic_f1", t.DisputeTopicF1},
		{"agreement_precision", t.AgreementPrecision}, {"agreement_recall", t.AgreementRecall}, {"agreement_f1", t.AgreementF1},
	}
}

// Field is one named figure.
type Field struct {
	Name  string
	Value float64
}

// goldKeys are the normalised name and aliases of a gold actor. Unlike
// predKeys they may hold "", as in the scorer.
func goldKeys(a *GoldActor) map[string]bool {
	k := map[string]bool{Norm(a.Name): true}
	for _, x := range a.Aliases {
		k[Norm(x)] = true
	}
	return k
}

// predKeys are the normalised name, aliases and mention texts of a
// predicted actor, without "".
func predKeys(p *pb.Actor) map[string]bool {
	k := map[string]bool{Norm(p.GetName()): true}
	for _, x := range p.GetAliases() {
		k[Norm(x)] = true
	}
	for _, m := range p.GetMentions() {
		if c := m.GetSpan().GetContent(); c != "" {
			k[Norm(c)] = true
		}
	}
	delete(k, "")
	return k
}

// mapActors maps each predicted actor to at most one gold actor: the one
// scoring highest, 10 when the predicted name is among its keys plus 1 per
// shared key, the first on ties, none when nothing is shared.
func mapActors(gold []GoldActor, pred []*pb.Actor) map[int]int {
	gks := make([]map[string]bool, len(gold))
	for j := range gold {
		gks[j] = goldKeys(&gold[j])
	}
	m := make(map[int]int)
	for i, p := range pred {
		pk := predKeys(p)
		name := Norm(p.GetName())
		best, bestScore := -1, 0
		for j, gk := range gks {
			score := 0
			if gk[name] {
				score = 10
			}
			for k := range pk {
				if gk[k] {
					score++
				}
			}
			if score > bestScore {
				best, bestScore = j, score
			}
		}
		if best >= 0 {
			m[i] = best
		}
	}
	return m
}

// actorType is the protojson value the scorer compares with
// "ACTOR_TYPE_" + the gold type; protojson leaves the zero value out, which
// the scorer reads as None.
func actorType(t pb.ActorType) string {
	if t == pb.ActorType_ACTOR_TYPE_UNSPECIFIED {
		return ""
	}
	return t.String()
}

// ScoreDocument scores one prediction against its gold, as the scorer's
// score_doc. It fails only when gold evidence is not in the text, when the
// scorer would raise.
func ScoreDocument(g *Gold, pred *pb.DocumentAnalysis) (DocScore, error) {
	r := DocScore{ID: g.ID}
	gactors, pactors := g.Actors, pred.GetActors()
	amap := mapActors(gactors, pactors)
	firstClaim := firstClaims(amap, len(pactors))
	r.ActorsPred = len(pactors)
	r.ActorsTPPred = len(firstClaim)
	for j := range gactors {
		if !gactors[j].Required {
			continue
		}
		var claim *pb.Actor // nil when no predicted actor claims it
		if i, found := firstClaim[j]; found {
			claim = pactors[i]
		}
		r.addRequiredActor(&gactors[j], claim)
	}

	parties := goldParties(gactors, pactors, amap)
	c, err := matchPoints(g.Disputes, g.spans[0], disputePoints(pred.GetDisputedPoints(), parties), false)
	if err != nil {
		return r, fmt.Errorf("evaluate: %s: disputes: %w", g.ID, err)
	}
	r.DisputesPred, r.DisputesReq, r.DisputesLooseTP, r.DisputesStrictTP, r.DisputesLooseFound, r.DisputesStrictFound =
		c.pred, c.req, c.looseTP, c.strictTP, c.looseFound, c.strictFound
	r.DisputesTopicSum = c.topicSum

	c, err = matchPoints(g.Agreements, g.spans[1], agreementPoints(pred.GetAgreements(), parties), true)
	if err != nil {
		return r, fmt.Errorf("evaluate: %s: agreements: %w", g.ID, err)
	}
	r.AgreementsPred, r.AgreementsReq, r.AgreementsLooseTP, r.AgreementsStrictTP, r.AgreementsLooseFound, r.AgreementsStrictFound =
		c.pred, c.req, c.looseTP, c.strictTP, c.looseFound, c.strictFound
	r.AgreementsTopicSum = c.topicSum
	return r, nil
}

// firstClaims maps each gold actor that n predicted actors, mapped by
// amap, claim to the first of them. A gold actor claimed by several
// predicted actors is a split: the first claim is the match, the others
// are false positives.
func firstClaims(amap map[int]int, n int) map[int]int {
	first := make(map[int]int)
	for i := range n {
		if j, ok := amap[i]; ok {
			if _, taken := first[j]; !taken {
				first[j] = i
			}
		}
	}
	return first
}

// addRequiredActor counts a required gold actor, found when claim, its
// first claiming predicted actor, is not nil: its type, the surface
// forms claim holds and the roles it has.
func (r *DocScore) addRequiredActor(ga *GoldActor, claim *pb.Actor) {
	r.ActorsReq++
	if claim != nil {
		r.ActorsFound++
		if actorType(claim.GetType()) == "ACTOR_TYPE_"+ga.Type {
			r.ActorsTypeOK++
		}
	}
	// Alias merge: the share of the actor's surface forms in the text
	// that its one predicted actor holds; one form says nothing.
	if forms := ga.MentionsInText; len(forms) >= 2 {
		r.MergeDen += len(forms)
		if claim != nil {
			pk := predKeys(claim)
			for _, f := range forms {
				if pk[Norm(f)] {
					r.MergeNum++
				}
			}
		}
	}
	r.RoleDen += len(ga.Roles)
	if claim == nil {
		return
	}
	for _, role := range ga.Roles {
		if roleFound(role, claim.GetRoles()) {
			r.RoleNum++
		}
	}
}

// roleFound reports whether a gold role is found: whether one predicted
// role holds at least half its words.
func roleFound(role string, pred []string) bool {
	want := wordSet(role)
	for _, pr := range pred {
		if len(want) > 0 && float64(overlap(want, wordSet(pr))) >= 0.5*float64(len(want)) {
			return true
		}
	}
	return false
}

// partySet gives the gold names of the predicted actor ids given.
type partySet func(ids []string) map[string]bool

// goldParties maps each mapped predicted actor's id to its gold actor's
// name, splits included; a later actor with the same id wins.
func goldParties(gactors []GoldActor, pactors []*pb.Actor, amap map[int]int) partySet {
	id2gold := make(map[string]string)
	for i, p := range pactors {
		if j, ok := amap[i]; ok {
			id2gold[p.GetId()] = gactors[j].Name
		}
	}
	return func(ids []string) map[string]bool {
		s := make(map[string]bool)
		for _, id := range ids {
			if name, ok := id2gold[id]; ok {
				s[name] = true
			}
		}
		return s
	}
}

// disputePoints are the predicted disputes as matchPoints takes them: the
// evidence of the point and of every position, and the positions'
// actors.
func disputePoints(ds []*pb.DisputedPoint, parties partySet) []predPoint {
	out := make([]predPoint, len(ds))
	for k, d := range ds {
		var ids []string
		spans := textSpans(nil, d.GetEvidence())
		for _, pos := range d.GetPositions() {
			ids = append(ids, pos.GetActorId())
			spans = textSpans(spans, pos.GetEvidence())
		}
		out[k] = predPoint{spans: spans, parties: parties(ids), topic: d.GetTopic()}
	}
	return out
}

// agreementPoints are the predicted agreements as matchPoints takes them.
func agreementPoints(as []*pb.AgreedPoint, parties partySet) []predPoint {
	out := make([]predPoint, len(as))
	for k, a := range as {
		out[k] = predPoint{spans: textSpans(nil, a.GetEvidence()), parties: parties(a.GetActorIds()), topic: a.GetTopic()}
	}
	return out
}

// wordSet is set(norm(s).split()).
func wordSet(s string) map[string]bool {
	w := make(map[string]bool)
	for _, f := range pyFields(Norm(s)) {
		w[f] = true
	}
	return w
}

// overlap counts the members a and b share.
func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// textSpans appends the [begin, end) of each span to dst.
func textSpans(dst [][2]int, spans []*pb.TextSpan) [][2]int {
	for _, s := range spans {
		dst = append(dst, [2]int{int(s.GetBegin()), int(s.GetEnd())})
	}
	return dst
}

// predPoint is what matching needs of a predicted dispute or agreement:
// its evidence spans (a dispute's own and its positions') and the gold
// names of the actors it names.
type predPoint struct {
	spans   [][2]int
	parties map[string]bool
	topic   string
}

// covered reports whether spans cover at least half of g. Overlaps are
// summed span by span, so predicted spans that overlap each other count
// twice, as in the scorer.
func covered(g [2]int, spans [][2]int) bool {
	hit := 0
	for _, p := range spans {
		hit += max(0, min(g[1], p[1])-max(g[0], p[0]))
	}
	return float64(hit) >= 0.5*float64(g[1]-g[0])
}

// matchPoints is the scorer's match_points: each predicted point, in order,
// takes the best unused gold point that one of its evidence sentences is
// covered for, preferring a strict match, then a required point, then the
// earliest. reqDefault is what "required" means when a gold point omits it.
func matchPoints(gold []GoldPoint, gspans []goldSpans, pred []predPoint, reqDefault bool) (pointCounts, error) {
	var c pointCounts
	used := make([]bool, len(gold))
	looseReq, strictReq := make(map[int]bool), make(map[int]bool)
	for _, d := range pred {
		best, bestStrict, bestReq := -1, false, false
		for k := range gold {
			if used[k] {
				continue
			}
			if gspans[k].err != nil {
				return c, gspans[k].err
			}
			hit := false
			for _, s := range gspans[k].spans {
				if covered(s, d.spans) {
					hit = true
					break
				}
			}
			if !hit {
				continue
			}
			gp := make(map[string]bool)
			for _, p := range gold[k].Parties {
				gp[p] = true
			}
			strict := overlap(gp, d.parties) >= min(2, len(gp))
			req := gold[k].required(reqDefault)
			// (strict, req) > best as Python compares tuples of bools.
			if best < 0 || boolLess(bestStrict, bestReq, strict, req) {
				best, bestStrict, bestReq = k, strict, req
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		c.looseTP++
		if bestReq {
			looseReq[best] = true
		}
		if bestStrict {
			c.strictTP++
			if bestReq {
				strictReq[best] = true
				c.topicSum += TopicF1(d.topic, gold[best].Topic)
			}
		}
	}
	c.pred = len(pred)
	for k := range gold {
		if gold[k].required(reqDefault) {
			c.req++
		}
	}
	c.looseFound, c.strictFound = len(looseReq), len(strictReq)
	return c, nil
}

// boolLess reports whether the pair (a1, a2) sorts before (b1, b2), false
// before true, first element first.
func boolLess(a1, a2, b1, b2 bool) bool {
	if a1 != b1 {
		return b1
	}
	return !a2 && b2
}

// prf is precision tpP/nP, recall tpR/nR and their harmonic mean, each 0
// when undefined.
func prf(tpP, nP, tpR, nR int) (p, r, f float64) {
	if nP > 0 {
		p = float64(tpP) / float64(nP)
	}
	if nR > 0 {
		r = float64(tpR) / float64(nR)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Total sums rows into the scorer's totals: micro-averaged over documents
// (counts are summed, then divided), in the scorer's arithmetic order so
// that the floats agree to the bit.
func Total(rows []DocScore) Totals {
	var s DocScore
	for _, r := range rows {
		s.ActorsPred += r.ActorsPred
		s.ActorsTPPred += r.ActorsTPPred
		s.ActorsReq += r.ActorsReq
		s.ActorsFound += r.ActorsFound
		s.ActorsTypeOK += r.ActorsTypeOK
		s.MergeNum += r.MergeNum
		s.MergeDen += r.MergeDen
		s.RoleNum += r.RoleNum
		s.RoleDen += r.RoleDen
		s.DisputesPred += r.DisputesPred
		s.DisputesReq += r.DisputesReq
		s.DisputesLooseTP += r.DisputesLooseTP
		s.DisputesStrictTP += r.DisputesStrictTP
		s.DisputesLooseFound += r.DisputesLooseFound
		s.DisputesStrictFound += r.DisputesStrictFound
		s.AgreementsPred += r.AgreementsPred
		s.AgreementsReq += r.AgreementsReq
		s.AgreementsLooseTP += r.AgreementsLooseTP
		s.AgreementsStrictTP += r.AgreementsStrictTP
		s.AgreementsLooseFound += r.AgreementsLooseFound
		s.AgreementsStrictFound += r.AgreementsStrictFound
		s.DisputesTopicSum += r.DisputesTopicSum
		s.AgreementsTopicSum += r.AgreementsTopicSum
	}
	t := Totals{Documents: len(rows)}
	t.ActorPrecision, t.ActorRecall, t.ActorF1 = prf(s.ActorsTPPred, s.ActorsPred, s.ActorsFound, s.ActorsReq)
	t.ActorTypeAccuracy = ratio(s.ActorsTypeOK, s.ActorsFound)
	t.AliasMerge = ratio(s.MergeNum, s.MergeDen)
	t.RoleRecall = ratio(s.RoleNum, s.RoleDen)
	_, _, t.DisputeEvidenceOnlyF1 = prf(s.DisputesLooseTP, s.DisputesPred, s.DisputesLooseFound, s.DisputesReq)
	t.DisputePrecision, t.DisputeRecall, t.DisputeF1 = prf(s.DisputesStrictTP, s.DisputesPred, s.DisputesStrictFound, s.DisputesReq)
	if s.DisputesStrictFound > 0 {
		t.DisputeTopicF1 = s.DisputesTopicSum / float64(s.DisputesStrictFound)
	}
	t.AgreementPrecision, t.AgreementRecall, t.AgreementF1 = prf(s.AgreementsStrictTP, s.AgreementsPred, s.AgreementsStrictFound, s.AgreementsReq)
	return t
}

// topicStop are the words a topic's content leaves out, as the scorer's
// STOP.
var topicStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the of to in on over for and or with about by from at as its it his her their whether is be") {
		topicStop[w] = true
	}
}

// TopicWords are the scorer's topic_words: the runs of [a-z0-9] of the
// normalised topic, a plural "s" dropped from words of four letters or more
// that do not end in "ss", stop words left out.
func TopicWords(s string) map[string]bool {
	out := make(map[string]bool)
	n := Norm(s)
	for i := 0; i < len(n); {
		if !isTopicByte(n[i]) {
			i++
			continue
		}
		j := i
		for j < len(n) && isTopicByte(n[j]) {
			j++
		}
		w := n[i:j]
		i = j
		if topicStop[w] {
			continue
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out[w] = true
	}
	return out
}

func isTopicByte(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' }

// TopicF1 is the scorer's topic_f1: the F1 of the content words of a
// predicted topic against a gold one, 0 when they share none.
func TopicF1(pred, gold string) float64 {
	p, g := TopicWords(pred), TopicWords(gold)
	hit := overlap(p, g)
	if hit == 0 {
		return 0
	}
	return 2 * float64(hit) / float64(len(p)+len(g))
}
