package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// gunzip returns the uncompressed bytes of a model file.
func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// gzipped compresses raw model bytes as Load reads them.
func gzipped(raw []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(raw)
	z.Close()
	return b.Bytes()
}

// TestLoadWriteToRoundTrip checks that the embedded model, read and
// written again, gives the same bytes before compression: Load reads
// every part WriteTo writes, in the same order.
func TestLoadWriteToRoundTrip(t *testing.T) {
	b, err := modelFS.ReadFile(modelPath)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default() // Load of the same file
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := tg.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, b), gunzip(t, again.Bytes())) {
		t.Error("the embedded model read and written again differs from the file")
	}
}

// modelParts are the parts of a model file, in file order, as Load's
// errors name them.
var modelParts = []string{"magic", "flags", "gazetteer digest", "clusters", "vocabulary", "transitions", "scale", "features", "weights"}

// TestLoadTruncated cuts a model at (nearly) every length and checks that
// Load's reader refuses each with ErrBadModel, naming the part the cut falls in: the
// parts named go in file order and every part is named. The model has no
// gazetteer features, whose tables would be built again for every cut.
func TestLoadTruncated(t *testing.T) {
	tg, err := Train(tinyDocs(t), TrainOptions{Epochs: 2, Seed: 7, Clusters: tinyClusters, NoGazetteer: true})
	if err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if _, err := tg.WriteTo(&good); err != nil {
		t.Fatal(err)
	}
	raw := gunzip(t, good.Bytes())
	last, seen := -1, map[string]bool{}
	for n := range len(raw) {
		// Every length up to where the weights begin, which is under 2
		// KiB here; then a sample, as the weights are most of the file
		// and one loop reads them.
		if n >= 2048 && n%61 != 0 && n < len(raw)-3 {
			continue
		}
		_, err := readModel(raw[:n])
		if !errors.Is(err, ErrBadModel) {
			t.Fatalf("cut at %d of %d: Load error = %v; want ErrBadModel", n, len(raw), err)
		}
		part := slices.IndexFunc(modelParts, func(p string) bool { return strings.Contains(err.Error(), "model: "+p+":") })
		if part < last {
			t.Fatalf("cut at %d: %v; want a part no earlier than %s", n, err, modelParts[last])
		}
		last = part
		seen[modelParts[part]] = true
	}
	for _, p := range modelParts {
		if !seen[p] {
			t.Errorf("no cut was reported in %s", p)
		}
	}
	if _, err := readModel(append(raw, 0)); err == nil || !strings.Contains(err.Error(), "trailing data") {
		t.Errorf("a byte past the end: Load error = %v; want trailing data", err)
	}
}

// TestLoadRejects checks the model files Load refuses that a cut does not
// make: counts and lengths past the file's end, an unknown format; and
// that it still reads format 2, which has no gazetteer digest.
func TestLoadRejects(t *testing.T) {
	uv := func(v uint64) []byte { return binary.AppendUvarint(nil, v) }
	// weightsTail is an empty model's transitions, scale and feature count.
	weightsTail := slices.Concat(make([]byte, 4*((nTags+1)*nTags+nTags)), []byte{0, 0, 0x80, 0x3f}, uv(0))
	tests := []struct {
		name string
		raw  []byte
		want string // in the error; "" for success
	}{
		{"empty model, format 3", slices.Concat([]byte(magic), uv(0), uv(0), uv(0), uv(0), weightsTail), ""},
		{"empty model, format 2", slices.Concat([]byte(magic2), uv(0), uv(0), uv(0), weightsTail), ""},
		{"unknown format", slices.Concat([]byte("docanalysis-ner 9\n"), uv(0), uv(0), uv(0), uv(0), weightsTail), "magic"},
		{"digest longer than the file", slices.Concat([]byte(magic), uv(0), uv(1<<20)), "gazetteer digest: string longer than the file"},
		{"vocabulary count past the end", slices.Concat([]byte(magic), uv(0), uv(0), uv(0), uv(1<<40)), "vocabulary: out of range"},
		{"word longer than the file", slices.Concat([]byte(magic), uv(0), uv(0), uv(0), uv(1), uv(1<<20)), "vocabulary: string longer than the file"},
		{"feature count past the end", slices.Concat([]byte(magic), uv(0), uv(0), uv(0), uv(0), weightsTail[:len(weightsTail)-1], uv(1<<40)), "features: out of range"},
		{"weights missing", slices.Concat([]byte(magic), uv(0), uv(0), uv(0), uv(0), weightsTail[:len(weightsTail)-1], uv(1), uv(5)), "weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(gzipped(tt.raw)))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Load = %v; want a model", err)
			case tt.want != "" && (!errors.Is(err, ErrBadModel) || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Load = %v; want ErrBadModel naming %q", err, tt.want)
			}
		})
	}
}
