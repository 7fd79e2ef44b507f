package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// Over gRPC, a Document whose strings are not UTF-8 reaches validation (see
// codec.go) and is refused there, after auth and the rate limit, with
// INVALID_ARGUMENT naming the field; in a batch only that document is
// refused. JSON must be UTF-8, and protojson refuses such a body whole
// before any interceptor runs. So that HTTP callers meet the same rules,
// the gateway's decoder reads a body that is not UTF-8 with its bad bytes
// replaced, then puts each bad string's own bytes back into the field it
// came from; the call then goes through the interceptors to the same
// validation. Bad bytes anywhere else (outside strings, in member names,
// in enum names) cannot be carried and are refused at once, naming the
// place when there is one.

// rawTextJSON is the gateway's JSON marshaler: JSONPb, with the decoder
// described above.
type rawTextJSON struct {
	*runtime.JSONPb
}

// NewDecoder returns a decoder that reads all of r and decodes it with
// JSONPb, carrying string values that are not UTF-8 into v byte for byte.
func (m *rawTextJSON) NewDecoder(r io.Reader) runtime.Decoder {
	return runtime.DecoderFunc(func(v any) error {
		data, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		if utf8.Valid(data) {
			return m.JSONPb.NewDecoder(bytes.NewReader(data)).Decode(v)
		}
		bad, err := badStrings(data)
		if err != nil {
			return err
		}
		if err := m.JSONPb.NewDecoder(bytes.NewReader(bytes.ToValidUTF8(data, []byte("\uFFFD")))).Decode(v); err != nil {
			return err
		}
		for _, b := range bad {
			if err := setRawString(v, b.path, b.value); err != nil {
				return err
			}
		}
		return nil
	})
}

// jsonStep is one step of a path into a JSON document: a member name, or
// an array index when key is empty.
type jsonStep struct {
	key   string
	index int
}

type jsonPath []jsonStep

// String writes the path as the API's field violations do:
// "document.text", or "requests[2].document.text" when the body is the
// batch's array of requests.
func (p jsonPath) String() string {
	var b strings.Builder
	for i, s := range p {
		switch {
		case s.key == "" && i == 0:
			fmt.Fprintf(&b, "requests[%d]", s.index)
		case s.key == "":
			fmt.Fprintf(&b, "[%d]", s.index)
		case i > 0:
			b.WriteString("." + s.key)
		default:
			b.WriteString(s.key)
		}
	}
	return b.String()
}

// badString is a string value that is not UTF-8: where it is, and its
// bytes with JSON's escapes undone.
type badString struct {
	path  jsonPath
	value string
}

// errBodyNotUTF8 refuses bad bytes that are not in a string value.
var errBodyNotUTF8 = errors.New("docanalysis: the request body is not valid UTF-8 outside string values; JSON text must be UTF-8")

// badStrings finds every string value in body that is not UTF-8. It
// fails when bad bytes are elsewhere, or body is not JSON.
func badStrings(body []byte) ([]badString, error) {
	var s badStringScan
	dec := json.NewDecoder(bytes.NewReader(body))
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return s.bad, nil
		}
		if err != nil {
			return nil, errBodyNotUTF8
		}
		if err := s.token(tok, body[start:dec.InputOffset()]); err != nil {
			return nil, err
		}
	}
}

// badStringScan follows a JSON document token by token, keeping the path
// to the value about to be read and the bad strings found so far.
type badStringScan struct {
	stack []jsonFrame
	bad   []badString
}

// jsonFrame is an object or array being read.
type jsonFrame struct {
	path      jsonPath // the container's own path
	array     bool
	index     int    // arrays: the next element's index
	key       string // objects: the current member's name
	expectKey bool   // objects: the next string is a name
}

// token takes the next token, raw being its bytes in the body (with any
// separators and spaces before it).
func (s *badStringScan) token(tok json.Token, raw []byte) error {
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{', '[':
			s.stack = append(s.stack, jsonFrame{path: s.here(), array: t == '[', expectKey: t == '{'})
		default:
			s.stack = s.stack[:len(s.stack)-1]
			s.valueDone()
		}
	case string:
		return s.str(t, raw)
	default:
		s.valueDone()
	}
	return nil
}

// str takes a string: a member name, which must be UTF-8, or a value,
// kept when it is not.
func (s *badStringScan) str(t string, raw []byte) error {
	if top := len(s.stack) - 1; top >= 0 && !s.stack[top].array && s.stack[top].expectKey {
		if !utf8.Valid(raw) {
			return fmt.Errorf("docanalysis: a member name in %q is not valid UTF-8; JSON text must be UTF-8", s.here().String())
		}
		s.stack[top].key, s.stack[top].expectKey = t, false
		return nil
	}
	if !utf8.Valid(raw) {
		v, ok := unquote(raw)
		if !ok {
			return errBodyNotUTF8
		}
		s.bad = append(s.bad, badString{s.here(), v})
	}
	s.valueDone()
	return nil
}

// here is the path of the value about to be read.
func (s *badStringScan) here() jsonPath {
	if len(s.stack) == 0 {
		return nil
	}
	top := s.stack[len(s.stack)-1]
	step := jsonStep{key: top.key}
	if top.array {
		step = jsonStep{index: top.index}
	}
	// A full slice expression, so that paths never share a backing array.
	return append(top.path[:len(top.path):len(top.path)], step)
}

// valueDone moves past a value: to the next element of an array, or the
// next member name of an object.
func (s *badStringScan) valueDone() {
	if len(s.stack) == 0 {
		return
	}
	if top := &s.stack[len(s.stack)-1]; top.array {
		top.index++
	} else {
		top.expectKey = true
	}
}

// unquote returns the bytes of the JSON string in raw (which may have
// separators and spaces around it) with its escapes undone, keeping bytes
// that are not UTF-8 as they are; encoding/json would replace them.
func unquote(raw []byte) (string, bool) {
	i, j := bytes.IndexByte(raw, '"'), bytes.LastIndexByte(raw, '"')
	if i < 0 || j <= i {
		return "", false
	}
	s := raw[i+1 : j]
	out := make([]byte, 0, len(s))
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		k++
		if k >= len(s) {
			return "", false
		}
		switch s[k] {
		case '"', '\\', '/':
			out = append(out, s[k])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, n := unicodeEscape(s[k-1:])
			if n == 0 {
				return "", false
			}
			out = utf8.AppendRune(out, r)
			k += n - 2
		default:
			return "", false
		}
	}
	return string(out), true
}

// unicodeEscape reads a \uXXXX escape at the start of s, or a surrogate
// pair of two, and returns the rune and the bytes read (0 if malformed).
func unicodeEscape(s []byte) (rune, int) {
	hex := func(b []byte) (rune, bool) {
		if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(b[2:6]), 16, 16)
		return rune(v), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return d, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// setRawString sets the string field at path in v, a request message or
// the batch's *[]*AnalyzeDocumentsRequest, to s. Only singular string
// fields reached through singular message fields can be set; any other
// place is an error naming it.
func setRawString(v any, path jsonPath, s string) error {
	notCarried := fmt.Errorf("docanalysis: invalid request: %s: the value is not valid UTF-8; JSON text must be UTF-8", path)
	var m protoreflect.Message
	switch t := v.(type) {
	case *[]*pb.AnalyzeDocumentsRequest:
		if len(path) == 0 || path[0].key != "" || path[0].index >= len(*t) {
			return notCarried
		}
		m, path = (*t)[path[0].index].ProtoReflect(), path[1:]
	case proto.Message:
		m = t.ProtoReflect()
	default:
		return notCarried
	}
	for i, step := range path {
		fields := m.Descriptor().Fields()
		fd := fields.ByJSONName(step.key)
		if fd == nil {
			fd = fields.ByTextName(step.key)
		}
		if step.key == "" || fd == nil || fd.IsList() || fd.IsMap() {
			return notCarried
		}
		if i == len(path)-1 {
			if fd.Kind() != protoreflect.StringKind {
				return notCarried
			}
			m.Set(fd, protoreflect.ValueOfString(s))
			return nil
		}
		if fd.Kind() != protoreflect.MessageKind {
			return notCarried
		}
		m = m.Mutable(fd).Message()
	}
	return notCarried
}
