package page_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
	"github.com/docanalysis/docanalysis/internal/evaluate"
	"github.com/docanalysis/docanalysis/page"
)

// browserTimeout bounds one browser test: starting Chromium, loading a
// page, analysing a short text and checking the DOM take a few seconds.
const browserTimeout = 60 * time.Second

// chromeNames are the names Chromium's binary goes by; DOCANALYSIS_CHROME
// names another.
var chromeNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"}

// chromePath returns the browser to drive, or "" when there is none.
func chromePath() string {
	if p := os.Getenv("DOCANALYSIS_CHROME"); p != "" {
		return p
	}
	for _, name := range chromeNames {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless Chromium for tb and returns a context for
// its first tab, or skips tb when no Chromium is installed.
func newBrowser(tb testing.TB, width, height int) context.Context {
	tb.Helper()
	path := chromePath()
	if path == "" {
		tb.Skip("page: no Chromium binary found (looked for " + strings.Join(chromeNames, ", ") +
			" and $DOCANALYSIS_CHROME); browser tests skipped. Install it with: apt-get install chromium")
	}
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path), chromedp.WindowSize(width, height))
	if os.Geteuid() == 0 {
		// Chromium refuses to sandbox itself as root, as CI runs.
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(alloc)
	tb.Cleanup(func() { cancelTab(); cancelAlloc() })
	// The first call starts the browser, which lives as long as its
	// context: it gets none of the timeouts later steps get.
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// outDir returns the module's out/page directory, where screenshots go
// (out/ is ignored by git; CI keeps it as an artefact).
func outDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
	out := filepath.Join(dir, "out", "page")
	if err := os.MkdirAll(out, 0o755); err != nil {
		tb.Fatal(err)
	}
	return out
}

// screenshot writes the whole page as out/page/name.png.
func screenshot(tb testing.TB, ctx context.Context, name string) {
	tb.Helper()
	writeShot(tb, ctx, name, chromedp.FullScreenshot(100))
}

// writeShot writes the PNG that shoot takes as out/page/name.png.
func writeShot(tb testing.TB, ctx context.Context, name string, shoot chromedp.Action[[]byte]) {
	tb.Helper()
	png, err := chromedp.Run(ctx, shoot)
	if err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(outDir(tb), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("screenshot: %s", path)
}

// testTexts are the articles the browser tests draw: written for these
// tests, with curly quotes, CJK, emoji (some outside the Basic
// Multilingual Plane, so UTF-16 and code point offsets differ) and nested
// mentions ("US" inside "the US Treasury Secretary").
var testTexts = []string{"talks.txt", "emoji.txt"}

func readText(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// analyze runs the real engine through the in-memory gRPC service.
func analyze(tb testing.TB, svc *evaluate.Service, text string, enc pb.EncodingType) *pb.DocumentAnalysis {
	tb.Helper()
	resp, err := svc.Client().Analyze(context.Background(), &pb.AnalyzeDocumentRequest{
		Document: &pb.Document{Text: text}, EncodingType: enc,
	})
	if err != nil {
		tb.Fatalf("AnalyzeDocument: %v", err)
	}
	return resp.GetAnalysis()
}

func startService(tb testing.TB) *evaluate.Service {
	tb.Helper()
	svc, err := evaluate.Start()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { svc.Close() })
	return svc
}

// domProbe reads what the page drew: the article's text, and for every
// mention, key point and evidence element its position (UTF-16 units of
// the article's text before it, counted by a DOM Range, so pseudo-element
// badges do not count) and its text; and each card's evidence links.
const domProbe = `(() => {
  const art = document.getElementById('article');
  const r = document.createRange();
  const at = el => { r.setStart(art, 0); r.setEndBefore(el); return r.toString().length; };
  const spans = sel => [...art.querySelectorAll(sel)].map(el => ({
    id: el.id, begin: at(el), text: el.textContent,
    actor: el.dataset.actor === undefined ? -1 : Number(el.dataset.actor),
    cards: (el.dataset.cards || '').split(' ').filter(Boolean)}));
  return {
    text: art.textContent,
    mentions: spans('.m'), keyPoints: spans('.kp'), evidence: spans('.ev'),
    cards: [...document.querySelectorAll('#cards .card')].map(c => ({
      id: c.id,
      links: [...c.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href').slice(1)),
    })),
    legend: document.querySelectorAll('#legend button[data-actor]').length,
    styled: getComputedStyle(art).whiteSpace === 'pre-wrap',
    paragraphs: art.querySelectorAll('.para').length,
  };
})()`

type domSpan struct {
	ID    string   `json:"id"`
	Begin int      `json:"begin"`
	Text  string   `json:"text"`
	Actor int      `json:"actor"`
	Cards []string `json:"cards"`
}

type domCard struct {
	ID    string   `json:"id"`
	Links []string `json:"links"`
}

type dom struct {
	Text      string    `json:"text"`
	Mentions  []domSpan `json:"mentions"`
	KeyPoints []domSpan `json:"keyPoints"`
	Evidence  []domSpan `json:"evidence"`
	Cards     []domCard `json:"cards"`
	Legend    int       `json:"legend"`
	Styled    bool      `json:"styled"`
	Paras     int       `json:"paragraphs"`
}

// waitDrawn waits until the page has drawn its n-th result.
func waitDrawn(n int) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#result[data-drawn="%d"]`, n)))
}

func probe(tb testing.TB, ctx context.Context) dom {
	tb.Helper()
	d, err := chromedp.Run(ctx, chromedp.Evaluate[dom](domProbe))
	if err != nil {
		tb.Fatalf("reading the DOM: %v", err)
	}
	return d
}

// slice16 returns text[begin:end] in UTF-16 units, converted here
// independently of the server and the page.
func slice16(units []uint16, begin, end int32) string {
	if begin < 0 || end > int32(len(units)) || begin > end {
		return fmt.Sprintf("<bad span [%d, %d)>", begin, end)
	}
	return string(utf16.Decode(units[begin:end]))
}

// wantSpan is a span the DOM must draw exactly.
type wantSpan struct {
	begin, end int32
	content    string
	actor      int
}

// checkDOM compares what the page drew with a (whose offsets are UTF-16
// units): every mention, key point and distinct evidence span is one
// element covering exactly the text its offsets name, each card links to
// the evidence of its point and each evidence element back to its cards.
func checkDOM(t *testing.T, text string, a *pb.DocumentAnalysis, d dom) {
	t.Helper()
	if !d.Styled {
		t.Error("the article is not styled: the policy blocked the inline style")
	}
	if d.Paras != int(a.GetStats().GetParagraphs()) {
		t.Errorf("the page drew %d paragraphs, the API counts %d", d.Paras, a.GetStats().GetParagraphs())
	}
	// The page shows NUL, which HTML cannot hold, as U+FFFD: one UTF-16
	// unit for one, so no offset moves.
	shown := func(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }
	if d.Text != shown(text) {
		t.Fatalf("the article's DOM text differs from the text sent (%d and %d UTF-16 units)", len(utf16.Encode([]rune(d.Text))), len(utf16.Encode([]rune(text))))
	}
	units := utf16.Encode([]rune(text))
	check := func(kind string, got []domSpan, want []wantSpan) {
		t.Helper()
		slices.SortStableFunc(want, func(x, y wantSpan) int {
			if x.begin != y.begin {
				return int(x.begin - y.begin)
			}
			return int(y.end - x.end)
		})
		if len(got) != len(want) {
			t.Errorf("%s: the DOM has %d elements, the API %d spans", kind, len(got), len(want))
		}
		for i := range min(len(got), len(want)) {
			g, w := got[i], want[i]
			if w.content != slice16(units, w.begin, w.end) {
				t.Errorf("%s %d: the API's span [%d, %d) carries %q, the text there is %q", kind, i, w.begin, w.end, w.content, slice16(units, w.begin, w.end))
			}
			if g.Begin != int(w.begin) || g.Text != shown(w.content) || (w.actor >= 0 && g.Actor != w.actor) {
				t.Errorf("%s %d: DOM element at %d holds %q (actor %d); want at %d %q (actor %d)", kind, i, g.Begin, g.Text, g.Actor, w.begin, w.content, w.actor)
			}
		}
	}

	var mentions []wantSpan
	for k, ac := range a.GetActors() {
		for _, m := range ac.GetMentions() {
			s := m.GetSpan()
			mentions = append(mentions, wantSpan{s.GetBegin(), s.GetEnd(), s.GetContent(), k})
		}
	}
	check("mention", d.Mentions, mentions)
	if d.Legend != len(a.GetActors()) {
		t.Errorf("legend lists %d actors, the API %d", d.Legend, len(a.GetActors()))
	}

	var keyPoints []wantSpan
	for _, kp := range a.GetSummary().GetKeyPoints() {
		s := kp.GetSpan()
		keyPoints = append(keyPoints, wantSpan{s.GetBegin(), s.GetEnd(), s.GetContent(), -1})
	}
	check("key point", d.KeyPoints, keyPoints)

	// Each point's evidence, as a set of [begin, end) per card, in the
	// order the page numbers cards: disputes, then agreements.
	type key struct{ begin, end int32 }
	var cited []map[key]bool
	distinct := map[key]string{}
	add := func(set map[key]bool, spans []*pb.TextSpan) {
		for _, s := range spans {
			set[key{s.GetBegin(), s.GetEnd()}] = true
			distinct[key{s.GetBegin(), s.GetEnd()}] = s.GetContent()
		}
	}
	for _, p := range a.GetDisputedPoints() {
		set := map[key]bool{}
		add(set, p.GetEvidence())
		for _, pos := range p.GetPositions() {
			add(set, pos.GetEvidence())
		}
		cited = append(cited, set)
	}
	for _, g := range a.GetAgreements() {
		set := map[key]bool{}
		add(set, g.GetEvidence())
		cited = append(cited, set)
	}
	var evidence []wantSpan
	for k, c := range distinct {
		evidence = append(evidence, wantSpan{k.begin, k.end, c, -1})
	}
	check("evidence", d.Evidence, evidence)

	if len(d.Cards) != len(cited) {
		t.Fatalf("the page has %d cards, the API %d disputed points and agreements", len(d.Cards), len(cited))
	}
	byID := map[string]domSpan{}
	for _, e := range d.Evidence {
		byID[e.ID] = e
	}
	for i, c := range d.Cards {
		linked := map[key]bool{}
		for _, id := range c.Links {
			e, ok := byID[id]
			if !ok {
				t.Errorf("card %s links to #%s, which is no evidence in the text", c.ID, id)
				continue
			}
			k := key{int32(e.Begin), int32(e.Begin + len(utf16.Encode([]rune(e.Text))))}
			linked[k] = true
			if !slices.Contains(e.Cards, c.ID) {
				t.Errorf("evidence #%s, linked from card %s, does not link back to it (links to %v)", id, c.ID, e.Cards)
			}
		}
		for k := range cited[i] {
			if !linked[k] {
				t.Errorf("card %s does not link to its evidence [%d, %d)", c.ID, k.begin, k.end)
			}
		}
		for k := range linked {
			if !cited[i][k] {
				t.Errorf("card %s links to [%d, %d), which its point does not cite", c.ID, k.begin, k.end)
			}
		}
	}
}

// requireRich fails when a cannot test what the browser tests are for: a
// text whose analysis has no mention after a character outside the BMP
// (where UTF-16 and code point offsets part) or no card would let a page
// that ignores them pass.
func requireRich(t *testing.T, text string, a *pb.DocumentAnalysis) {
	t.Helper()
	astral := false
	for _, ac := range a.GetActors() {
		for _, m := range ac.GetMentions() {
			b := m.GetSpan().GetBegin()
			if int(b) != len([]rune(slice16(utf16.Encode([]rune(text)), 0, b))) {
				astral = true
			}
		}
	}
	if !astral {
		t.Fatal("no mention follows a character outside the BMP: the text does not test UTF-16 offsets")
	}
	if len(a.GetDisputedPoints())+len(a.GetAgreements()) == 0 {
		t.Fatal("the analysis has no disputed point or agreement: the text does not test the cards")
	}
}

// TestFileInBrowser renders each test text's analysis with page.Render,
// from offsets in each encoding, opens the file in Chromium and checks
// what it drew against the API's UTF-16 offsets.
func TestFileInBrowser(t *testing.T) {
	ctx := newBrowser(t, 1280, 900)
	svc := startService(t)
	dir := t.TempDir()
	// The file keeps the text's bytes, so it also gets a text with CRLF
	// line ends (a textarea would turn them into LF), and one with NULs.
	texts := map[string]string{
		"talks-crlf.txt": strings.ReplaceAll(readText(t, "talks.txt"), "\n", "\r\n"),
		"talks-nul.txt":  strings.Replace(readText(t, "talks.txt"), "\n\n", "\n\n\x00", 2),
	}
	names := slices.Concat(testTexts, []string{"talks-crlf.txt", "talks-nul.txt"})
	for _, name := range names {
		text, ok := texts[name]
		if !ok {
			text = readText(t, name)
		}
		want := analyze(t, svc, text, pb.EncodingType_ENCODING_TYPE_UTF16)
		requireRich(t, text, want)
		for _, enc := range []pb.EncodingType{pb.EncodingType_ENCODING_TYPE_UTF8, pb.EncodingType_ENCODING_TYPE_UTF32} {
			t.Run(name+"/"+enc.String(), func(t *testing.T) {
				f, err := os.Create(filepath.Join(dir, strings.TrimSuffix(name, ".txt")+enc.String()+".html"))
				if err != nil {
					t.Fatal(err)
				}
				err = page.Render(f, page.Document{Text: text, Title: name, Analysis: analyze(t, svc, text, enc), Encoding: enc})
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					t.Fatalf("Render: %v", err)
				}
				if err := chromedp.Do(ctx, chromedp.Navigate("file://"+f.Name()), waitDrawn(1)); err != nil {
					t.Fatalf("loading %s: %v", f.Name(), err)
				}
				checkDOM(t, text, want, probe(t, ctx))
				checkLinks(t, ctx)
				if enc == pb.EncodingType_ENCODING_TYPE_UTF8 {
					screenshot(t, ctx, "file-"+strings.TrimSuffix(name, ".txt"))
					checkPhone(t, ctx, "file-"+strings.TrimSuffix(name, ".txt")+"-phone")
				}
			})
		}
	}
}

// phoneWidth is a common phone's viewport width in CSS pixels.
const phoneWidth = 390

// checkPhone narrows the viewport to a phone's, checks that nothing
// needs sideways scrolling, takes a screenshot and restores the viewport.
func checkPhone(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, 844, chromedp.EmulateMobile)); err != nil {
		t.Fatalf("emulating a phone: %v", err)
	}
	defer chromedp.Do(ctx, chromedp.ResetViewport())
	eval[any](t, ctx, `window.scrollTo(0, 0)`)
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > phoneWidth {
		t.Errorf("at %dpx wide the page is %dpx wide: it scrolls sideways", phoneWidth, w)
	}
	// The first screen is what a person sees; the whole page at this
	// width is too long to read as one picture.
	writeShot(t, ctx, name, chromedp.CaptureScreenshot())
}

// checkLinks follows the links both ways with the keyboard and the mouse:
// Enter on the first evidence element focuses its card, and clicking the
// card's first evidence link goes to that evidence.
func checkLinks(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID("ev-1")), chromedp.KeyEvent("\r")); err != nil {
		t.Fatalf("pressing Enter on evidence: %v", err)
	}
	focused := eval[string](t, ctx, `document.activeElement.id`)
	card := eval[string](t, ctx, `document.getElementById('ev-1').dataset.cards.split(' ')[0]`)
	if focused != card {
		t.Errorf("Enter on #ev-1 focused %q; want its card %q", focused, card)
	}
	link := "#" + card + ` a[href^="#ev-"]`
	target := eval[string](t, ctx, `document.querySelector('`+link+`').getAttribute('href')`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(link))); err != nil {
		t.Fatalf("clicking a card's evidence link: %v", err)
	}
	if hash := eval[string](t, ctx, `location.hash`); hash != target {
		t.Errorf("clicking the card's first evidence link went to %q; want %q", hash, target)
	}
}

// contrastProbe returns, for the first element matching each selector
// that has text, the contrast ratio of its text colour against the first
// opaque background behind it (WCAG 2's formula).
const contrastProbe = `((sels) => {
  const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const out = {};
  for (const sel of sels) {
    const el = document.querySelector(sel);
    if (!el) continue;
    let bg = el, c;
    while (bg) { c = rgb(getComputedStyle(bg).backgroundColor); if (c.length === 3 || c[3] > 0) break; bg = bg.parentElement; }
    const back = bg ? c.slice(0, 3) : [255, 255, 255];
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(back)].sort((x, y) => y - x);
    out[sel] = (a + 0.05) / (b + 0.05);
  }
  return out;
})`

// checkContrast checks that the page's kinds of text reach WCAG's AA
// contrast (4.5:1) against their own background: every actor colour, the
// badges, links, key points, evidence labels, muted text and the status.
func checkContrast(t *testing.T, ctx context.Context) {
	t.Helper()
	sels := []string{".num", "a", ".kp", ".card .kind", ".legend .meta", ".hint", ".card .conf", "#status", "#go", "label"}
	for k := range 12 {
		sels = append(sels, fmt.Sprintf("#legend button.c%d", k))
	}
	js, _ := json.Marshal(sels)
	ratios := eval[map[string]float64](t, ctx, contrastProbe+"("+string(js)+")")
	if len(ratios) < 10 {
		t.Fatalf("contrast measured for %d selectors only: %v", len(ratios), ratios)
	}
	for sel, r := range ratios {
		if r < 4.5 {
			t.Errorf("%s: contrast %.2f:1; want at least 4.5:1", sel, r)
		}
	}
}

// checkLegend presses the first actor's legend button with the keyboard
// and checks that exactly its n mentions stay marked, then presses it
// again and checks that all are marked once more.
func checkLegend(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	const first = `#legend button[data-actor="0"]`
	press := func() {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(first)), chromedp.KeyEvent(" ")); err != nil {
			t.Fatalf("pressing the legend's first actor: %v", err)
		}
	}
	press()
	pressed := eval[string](t, ctx, `document.querySelector('`+first+`').getAttribute('aria-pressed')`)
	focusing := eval[bool](t, ctx, `document.getElementById('article').classList.contains('focusing')`)
	on := eval[int](t, ctx, `document.querySelectorAll('#article .m.on').length`)
	onFirst := eval[int](t, ctx, `document.querySelectorAll('#article .m.on[data-actor="0"]').length`)
	if pressed != "true" || !focusing || on != n || onFirst != n {
		t.Errorf("after pressing the first actor: aria-pressed %q, focusing %v, %d mentions on (%d its own); want true, true, %d", pressed, focusing, on, onFirst, n)
	}
	press()
	if eval[bool](t, ctx, `document.getElementById('article').classList.contains('focusing')`) {
		t.Error("pressing the first actor again left the others hidden")
	}
}

// jsonAPI stands in for the HTTP gateway: it answers POST
// /v1/documents:analyze as the gRPC JSON mapping does, through the real
// service, and keeps the last answer for the test to compare with.
type jsonAPI struct {
	svc *evaluate.Service

	mu   sync.Mutex
	last *pb.AnalyzeDocumentResponse
	req  *pb.AnalyzeDocumentRequest
}

func (j *jsonAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	req := &pb.AnalyzeDocumentRequest{}
	if err == nil {
		err = protojson.Unmarshal(body, req)
	}
	var resp *pb.AnalyzeDocumentResponse
	if err != nil {
		err = status.Error(codes.InvalidArgument, err.Error())
	} else {
		resp, err = j.svc.Client().Analyze(r.Context(), req)
	}
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		st := status.Convert(err)
		code := http.StatusInternalServerError
		if st.Code() == codes.InvalidArgument {
			code = http.StatusBadRequest
		}
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]any{"code": st.Code(), "message": st.Message()})
		return
	}
	j.mu.Lock()
	j.last, j.req = resp, req
	j.mu.Unlock()
	// The gateway's default marshaller writes zero values too; the file
	// embeds protojson's default form, without them: the page reads both.
	out, err := protojson.MarshalOptions{EmitUnpopulated: true}.Marshal(resp)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

// TestServedInBrowser serves page.Handler at "/" beside a JSON API backed
// by the real engine, pastes each test text into the page, presses
// Analyze and checks what the page drew against the API's answer.
func TestServedInBrowser(t *testing.T) {
	ctx := newBrowser(t, 1280, 900)
	api := &jsonAPI{svc: startService(t)}
	mux := http.NewServeMux()
	mux.Handle("/", page.Handler())
	mux.Handle("POST "+page.AnalyzePath, api)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.ID("text"))); err != nil {
		t.Fatalf("loading the served page: %v", err)
	}
	for i, name := range testTexts {
		text := readText(t, name)
		t.Run(name, func(t *testing.T) {
			// The first text is pasted, the others uploaded as files.
			give := chromedp.SetValue(chromedp.ID("text"), text)
			if i > 0 {
				path, err := filepath.Abs(filepath.Join("testdata", name))
				if err != nil {
					t.Fatal(err)
				}
				give = chromedp.Steps(
					do(`document.getElementById('text').value = ''`),
					chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}),
					chromedp.WaitVisible(chromedp.CSS(`#status:not(.error)`)),
					wait(`document.getElementById('text').value !== ''`),
				)
			}
			err := chromedp.Do(ctx, give, chromedp.Click(chromedp.ID("go")), waitDrawn(i+1))
			if err != nil {
				t.Fatalf("analysing %s in the page: %v", name, err)
			}
			api.mu.Lock()
			resp, req := api.last, api.req
			api.mu.Unlock()
			if req.GetEncodingType() != pb.EncodingType_ENCODING_TYPE_UTF16 {
				t.Errorf("the page asked for %v offsets; want UTF-16, as JavaScript indexes", req.GetEncodingType())
			}
			if req.GetDocument().GetText() != text {
				t.Fatalf("the page sent a text of %d bytes; want the %d pasted", len(req.GetDocument().GetText()), len(text))
			}
			requireRich(t, text, resp.GetAnalysis())
			checkDOM(t, text, resp.GetAnalysis(), probe(t, ctx))
			checkLinks(t, ctx)
			checkContrast(t, ctx)
			checkLegend(t, ctx, len(resp.GetAnalysis().GetActors()[0].GetMentions()))
			screenshot(t, ctx, "served-"+strings.TrimSuffix(name, ".txt"))
		})
	}
}

// TestServedError checks that the page sends the API key typed as a
// bearer token and reports the API's error message rather than drawing.
func TestServedError(t *testing.T) {
	ctx := newBrowser(t, 800, 600)
	mux := http.NewServeMux()
	mux.Handle("/", page.Handler())
	auth := make(chan string, 1)
	mux.HandleFunc("POST "+page.AnalyzePath, func(w http.ResponseWriter, r *http.Request) {
		auth <- r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"code":3,"message":"document.text: must not be empty"}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.SetValue(chromedp.ID("text"), "Some text."),
		chromedp.SetValue(chromedp.ID("key"), "k-123"),
		chromedp.Click(chromedp.ID("go")),
		chromedp.WaitVisible(chromedp.CSS("#status.error")),
	)
	if err != nil {
		t.Fatal(err)
	}
	msg := eval[string](t, ctx, `document.getElementById('status').textContent`)
	role := eval[string](t, ctx, `document.getElementById('status').getAttribute('role')`)
	if !strings.Contains(msg, "document.text: must not be empty") || role != "alert" {
		t.Errorf("status reads %q with role %q; want the API's message as an alert", msg, role)
	}
	if got := <-auth; got != "Bearer k-123" {
		t.Errorf("the API got Authorization %q; want the key typed, as a bearer token", got)
	}
}

// do is an action that evaluates a JavaScript expression in the page.
func do(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[any](expr)(ctx, t)
		return err
	})
}

// wait is an action that waits until a JavaScript expression is true.
func wait(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr)(ctx, t)
		return err
	})
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](tb testing.TB, ctx context.Context, expr string) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}
