package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// The model file is gzip over a little-endian binary layout:
//
//	magic "docanalysis-ner 3\n"
//	uvarint flags: bit 0 gazetteer features on
//	uvarint length, then the digest of the gazetteer tables the model was
//	trained with (empty without gazetteer features); format 2 lacks it
//	uvarint length, then the clusters the model was trained with, in the
//	clusters file format, bit strings cut to the 20 bits features use
//	uvarint count, then each training word as uvarint length and bytes
//	(nTags+1)*nTags + nTags int32: transition and end weights
//	float32 scale, the value of one unit of weight; uvarint feature count F
//	F uvarint deltas of the sorted feature keys
//	F*nTags int16: each feature's weights in units of scale
//
// Train quantises the weights (see there), so a model read back scores
// exactly as the one that was written.
const magic = "docanalysis-ner 3\n"

// magic2 is the format before the gazetteer digest, still read.
const magic2 = "docanalysis-ner 2\n"

const flagGazetteer = 1

// WriteTo writes the tagger's model to w in the format Load reads. The
// output depends only on the model: two equal models write the same bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	var flags uint64
	if t.lx.gaz != nil {
		flags |= flagGazetteer
	}
	b.Write(binary.AppendUvarint(nil, flags))
	writeString := func(s string) {
		b.Write(binary.AppendUvarint(nil, uint64(len(s))))
		b.WriteString(s)
	}
	writeString(t.gazDigest)
	writeString(string(t.lx.appendClusters(nil)))
	b.Write(binary.AppendUvarint(nil, uint64(len(t.vocab))))
	for _, s := range t.vocab {
		writeString(s)
	}
	for p := range nTags + 1 {
		for k := range nTags {
			b.Write(binary.LittleEndian.AppendUint32(nil, uint32(t.tr.w[p][k])))
		}
	}
	for k := range nTags {
		b.Write(binary.LittleEndian.AppendUint32(nil, uint32(t.tr.end[k])))
	}
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(t.scale)))
	b.Write(binary.AppendUvarint(nil, uint64(len(t.keys))))
	prev := uint64(0)
	for _, k := range t.keys {
		b.Write(binary.AppendUvarint(nil, k-prev))
		prev = k
	}
	for _, k := range t.keys {
		r := t.index[k]
		for _, v := range t.w[int(r)*nTags : int(r+1)*nTags] {
			b.Write(binary.LittleEndian.AppendUint16(nil, uint16(v)))
		}
	}
	cw := &countWriter{w: w}
	z, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, err
	}
	if _, err := z.Write(b.Bytes()); err != nil {
		return cw.n, fmt.Errorf("ner: writing model: %w", err)
	}
	if err := z.Close(); err != nil {
		return cw.n, fmt.Errorf("ner: writing model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrBadModel is returned, wrapped, when a model file cannot be read.
var ErrBadModel = errors.New("ner: malformed model")

// Load reads a model written by WriteTo.
func Load(r io.Reader) (*Tagger, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	data, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	return readModel(data)
}

// readModel reads a model from the uncompressed bytes of its file.
func readModel(data []byte) (*Tagger, error) {
	m := &modelReader{br: bufio.NewReader(bytes.NewReader(data)), size: uint64(len(data))}
	h, err := m.header()
	if err != nil {
		return nil, err
	}
	lx, err := newLexicon(h.clusters, h.flags&flagGazetteer != 0)
	if err != nil {
		return nil, err
	}
	t := &Tagger{lx: lx, tr: newTransitions(), index: map[uint64]int32{}, gazDigest: h.digest}
	if t.vocab, err = m.vocabulary(); err != nil {
		return nil, err
	}
	if err := m.transitions(t.tr); err != nil {
		return nil, err
	}
	if t.scale, err = m.scale(); err != nil {
		return nil, err
	}
	if t.keys, err = m.featureKeys(); err != nil {
		return nil, err
	}
	for i, k := range t.keys {
		t.index[k] = int32(i)
	}
	if t.w, err = m.weights(len(t.keys) * nTags); err != nil {
		return nil, err
	}
	if _, err := m.br.ReadByte(); err != io.EOF {
		return nil, badModel("trailing data", nil)
	}
	t.build()
	return t, nil
}

// badModel is Load's error for the part of the file, what, that could not
// be read; a nil err means a count out of range.
func badModel(what string, err error) error {
	if err == nil {
		err = errors.New("out of range")
	}
	return fmt.Errorf("%w: %s: %w", ErrBadModel, what, err)
}

// modelReader reads the parts of a model file in order, each method
// returning badModel errors that name its part.
type modelReader struct {
	br   *bufio.Reader
	size uint64 // the uncompressed length: no count or string is longer
}

// modelHeader is what a model file says before its weights.
type modelHeader struct {
	flags    uint64
	digest   string // of the gazetteer tables; empty in format 2
	clusters string
}

// header reads the magic of format 3 or 2, the flags, the gazetteer
// digest (format 3 only) and the clusters.
func (m *modelReader) header() (modelHeader, error) {
	var h modelHeader
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(m.br, head); err != nil || string(head) != magic && string(head) != magic2 {
		return h, badModel("magic", err)
	}
	var err error
	if h.flags, err = binary.ReadUvarint(m.br); err != nil {
		return h, badModel("flags", err)
	}
	if string(head) == magic {
		if h.digest, err = m.str(); err != nil {
			return h, badModel("gazetteer digest", err)
		}
	}
	if h.clusters, err = m.str(); err != nil {
		return h, badModel("clusters", err)
	}
	return h, nil
}

// str reads a uvarint length and that many bytes.
func (m *modelReader) str() (string, error) {
	n, err := binary.ReadUvarint(m.br)
	if err != nil {
		return "", err
	}
	if n > m.size {
		return "", errors.New("string longer than the file")
	}
	s := make([]byte, n)
	_, err = io.ReadFull(m.br, s)
	return string(s), err
}

// count reads a uvarint count of the part what, no larger than the file.
func (m *modelReader) count(what string) (uint64, error) {
	n, err := binary.ReadUvarint(m.br)
	if err != nil || n > m.size {
		return 0, badModel(what, err)
	}
	return n, nil
}

// vocabulary reads the training words.
func (m *modelReader) vocabulary() ([]string, error) {
	n, err := m.count("vocabulary")
	if err != nil {
		return nil, err
	}
	vocab := make([]string, n)
	for i := range vocab {
		if vocab[i], err = m.str(); err != nil {
			return nil, badModel("vocabulary", err)
		}
	}
	return vocab, nil
}

// u32 reads a little-endian uint32.
func (m *modelReader) u32() (uint32, error) {
	var b [4]byte
	_, err := io.ReadFull(m.br, b[:])
	return binary.LittleEndian.Uint32(b[:]), err
}

// transitions reads the transition and end weights into tr.
func (m *modelReader) transitions(tr *transitions) error {
	for p := range nTags + 1 {
		for k := range nTags {
			v, err := m.u32()
			if err != nil {
				return badModel("transitions", err)
			}
			tr.w[p][k] = int32(v)
		}
	}
	for k := range nTags {
		v, err := m.u32()
		if err != nil {
			return badModel("transitions", err)
		}
		tr.end[k] = int32(v)
	}
	return nil
}

// scale reads the value of one unit of weight.
func (m *modelReader) scale() (float32, error) {
	sb, err := m.u32()
	if err != nil {
		return 0, badModel("scale", err)
	}
	return math.Float32frombits(sb), nil
}

// featureKeys reads the sorted feature keys, written as deltas.
func (m *modelReader) featureKeys() ([]uint64, error) {
	n, err := m.count("features")
	if err != nil {
		return nil, err
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		d, err := binary.ReadUvarint(m.br)
		if err != nil {
			return nil, badModel("features", err)
		}
		prev += d
		keys[i] = prev
	}
	return keys, nil
}

// weights reads n little-endian int16 weights.
func (m *modelReader) weights(n int) ([]int16, error) {
	w := make([]int16, n)
	var b [2]byte
	for i := range w {
		if _, err := io.ReadFull(m.br, b[:]); err != nil {
			return nil, badModel("weights", err)
		}
		w[i] = int16(binary.LittleEndian.Uint16(b[:]))
	}
	return w, nil
}

// modelPath is the embedded model's name in modelFS. The folder also
// holds a README, so that the package builds before a model is trained.
const modelPath = "model/ner.model.gz"

//go:embed model
var modelFS embed.FS

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

var (
	versionOnce sync.Once
	version     string
)

// DefaultVersion names the embedded model for reports such as
// GetServiceInfo: the training data, the algorithm and the first 12 hex
// digits of the model file's SHA-256, so that a retrained model is told
// apart without anyone having to rename it. It is "" when no model is
// embedded.
func DefaultVersion() string {
	versionOnce.Do(func() {
		b, err := modelFS.ReadFile(modelPath)
		if err != nil {
			return
		}
		sum := sha256.Sum256(b)
		version = "conll2003-perceptron-" + hex.EncodeToString(sum[:6])
	})
	return version
}

// Default returns the tagger built from the model embedded in the
// package, reading it on the first call (under a second and 36 MB of
// memory; later calls return the same tagger).
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		f, err := modelFS.Open(modelPath)
		if err != nil {
			defaultErr = fmt.Errorf("ner: no embedded model (run make train-ner): %w", err)
			return
		}
		defer f.Close()
		defaultTagger, defaultErr = Load(f)
	})
	return defaultTagger, defaultErr
}
