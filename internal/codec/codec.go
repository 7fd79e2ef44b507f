// Package codec provides the gRPC codec with which docanalysis's server and
// Go client carry a Document's text exactly as it was sent, UTF-8 or not.
//
// The API is proto3, whose strings must be UTF-8: Go's protobuf runtime
// refuses to write or read a message holding one that is not, and gRPC turns
// that into an INTERNAL error that names no field. The service promises
// instead that such a document is refused with INVALID_ARGUMENT naming the
// field (document.text, document.title, ...), which only the server's
// validator can do once the bytes reach it. So this codec is gRPC's own proto
// codec with one fallback: when a message that has a `document` field of
// type docanalysis.v1.Document cannot be written or read because of that
// check, the Document's string fields are written or read as raw bytes by
// hand, and every other field still goes through the runtime. A message
// whose repeated field holds such messages (AnalyzeDocumentBatchRequest's
// requests) falls back the same way, element by element. Valid messages
// never take the fallback, so their bytes and costs are the runtime's own.
package codec

import (
	"errors"
	"slices"

	"google.golang.org/grpc/encoding"
	grpcproto "google.golang.org/grpc/encoding/proto"
	"google.golang.org/grpc/mem"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// documentType is the message whose string fields travel as raw bytes.
const documentType protoreflect.FullName = "docanalysis.v1.Document"

// Codec is gRPC's proto codec, registered under the same name ("proto"), with
// the raw-text fallback described in the package doc. Its zero value is not
// usable; call New.
type Codec struct {
	base encoding.CodecV2
}

// New returns the codec, wrapping the proto codec gRPC has registered.
func New() Codec {
	return Codec{base: encoding.GetCodecV2(grpcproto.Name)}
}

// Name is "proto", so that the codec serves the content type every gRPC
// client sends.
func (Codec) Name() string { return grpcproto.Name }

// Marshal writes v with the runtime and, if that fails, with the Document's
// strings written by hand; the runtime's error is returned when the fallback
// does not apply.
func (c Codec) Marshal(v any) (mem.BufferSlice, error) {
	out, err := c.base.Marshal(v)
	if err == nil {
		return out, nil
	}
	if m, ok := v.(proto.Message); ok {
		if b, ok := marshalRawText(m); ok {
			return mem.BufferSlice{mem.SliceBuffer(b)}, nil
		}
		if b, ok := marshalRawBatch(m); ok {
			return mem.BufferSlice{mem.SliceBuffer(b)}, nil
		}
	}
	return nil, err
}

// Unmarshal reads data into v with the runtime and, if that fails, again
// with the Document's strings read by hand; the runtime's error is returned
// when the second reading fails too.
func (c Codec) Unmarshal(data mem.BufferSlice, v any) error {
	err := c.base.Unmarshal(data, v)
	if err == nil {
		return nil
	}
	m, ok := v.(proto.Message)
	if !ok {
		return err
	}
	switch {
	case documentField(m) != nil:
		if unmarshalRawText(data.Materialize(), m) != nil {
			return err
		}
	case requestsField(m) != nil:
		if unmarshalRawBatch(data.Materialize(), m) != nil {
			return err
		}
	default:
		return err
	}
	return nil
}

// documentField returns m's field holding a docanalysis.v1.Document, or nil.
func documentField(m proto.Message) protoreflect.FieldDescriptor {
	return documentFieldOf(m.ProtoReflect().Descriptor())
}

func documentFieldOf(md protoreflect.MessageDescriptor) protoreflect.FieldDescriptor {
	fd := md.Fields().ByName("document")
	if fd == nil || fd.Kind() != protoreflect.MessageKind || fd.IsList() || fd.Message().FullName() != documentType {
		return nil
	}
	return fd
}

// requestsField returns m's repeated field whose elements have a Document
// field (AnalyzeDocumentBatchRequest.requests), or nil.
func requestsField(m proto.Message) protoreflect.FieldDescriptor {
	fields := m.ProtoReflect().Descriptor().Fields()
	for i := range fields.Len() {
		f := fields.Get(i)
		if f.IsList() && f.Kind() == protoreflect.MessageKind && documentFieldOf(f.Message()) != nil {
			return f
		}
	}
	return nil
}

// marshalRawBatch writes m as the runtime would, except that each element
// of its requests field that the runtime cannot write is written by
// marshalRawText. It reports false when m has no such field or some part
// cannot be written either way.
func marshalRawBatch(m proto.Message) ([]byte, bool) {
	fd := requestsField(m)
	if fd == nil {
		return nil, false
	}
	rest := proto.Clone(m).ProtoReflect()
	rest.Clear(fd)
	b, err := proto.Marshal(rest.Interface())
	if err != nil {
		return nil, false
	}
	list := m.ProtoReflect().Get(fd).List()
	for i := range list.Len() {
		el := list.Get(i).Message().Interface()
		e, err := proto.Marshal(el)
		if err != nil {
			var ok bool
			if e, ok = marshalRawText(el); !ok {
				return nil, false
			}
		}
		b = protowire.AppendTag(b, fd.Number(), protowire.BytesType)
		b = protowire.AppendBytes(b, e)
	}
	return b, true
}

// unmarshalRawBatch reads b into m as the runtime would, except that each
// element of m's requests field is read by unmarshalRawText.
func unmarshalRawBatch(b []byte, m proto.Message) error {
	fd := requestsField(m)
	elems, err := readAllBut(b, fd, m)
	if err != nil || elems == nil {
		return err
	}
	list := m.ProtoReflect().Mutable(fd).List()
	for _, e := range elems {
		el := list.NewElement()
		if err := unmarshalRawText(e, el.Message().Interface()); err != nil {
			return err
		}
		list.Append(el)
	}
	return nil
}

// marshalRawText writes m as the runtime would, except that its Document's
// string fields are written byte for byte. It reports false when m has no
// Document or the rest of m cannot be written either.
func marshalRawText(m proto.Message) ([]byte, bool) {
	fd := documentField(m)
	if fd == nil {
		return nil, false
	}
	r := m.ProtoReflect()
	if !r.Has(fd) {
		return nil, false
	}
	rest := proto.Clone(m).ProtoReflect()
	rest.Clear(fd)
	b, err := proto.Marshal(rest.Interface())
	if err != nil {
		return nil, false
	}
	doc := proto.Clone(r.Get(fd).Message().Interface()).ProtoReflect()
	strs := stringFields(doc.Descriptor())
	type raw struct {
		num protowire.Number
		v   string
	}
	var texts []raw
	for _, sf := range strs {
		if s := doc.Get(sf).String(); s != "" {
			texts = append(texts, raw{sf.Number(), s})
		}
		doc.Clear(sf)
	}
	d, err := proto.Marshal(doc.Interface())
	if err != nil {
		return nil, false
	}
	for _, t := range texts {
		d = protowire.AppendTag(d, t.num, protowire.BytesType)
		d = protowire.AppendString(d, t.v)
	}
	b = protowire.AppendTag(b, fd.Number(), protowire.BytesType)
	return protowire.AppendBytes(b, d), true
}

// stringFields lists a message's singular string fields, in number order.
func stringFields(md protoreflect.MessageDescriptor) []protoreflect.FieldDescriptor {
	var out []protoreflect.FieldDescriptor
	fields := md.Fields()
	for i := range fields.Len() {
		if f := fields.Get(i); f.Kind() == protoreflect.StringKind && !f.IsList() && !f.IsMap() {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b protoreflect.FieldDescriptor) int { return int(a.Number()) - int(b.Number()) })
	return out
}

var errMalformed = errors.New("codec: malformed message")

// split walks the fields of a message on the wire. The value of each
// length-delimited field whose number wants accepts is handed to take; every
// other field, tag and all, is appended to rest, to be read by the runtime.
func split(b []byte, wants func(protowire.Number) bool, take func(protowire.Number, []byte)) (rest []byte, err error) {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return nil, errMalformed
		}
		vn := protowire.ConsumeFieldValue(num, typ, b[n:])
		if vn < 0 {
			return nil, errMalformed
		}
		if typ == protowire.BytesType && wants(num) {
			v, _ := protowire.ConsumeBytes(b[n:])
			take(num, v)
		} else {
			rest = append(rest, b[:n+vn]...)
		}
		b = b[n+vn:]
	}
	return rest, nil
}

// readAllBut resets m and reads every field of b into it with the runtime,
// except the occurrences of fd, whose values it returns for the caller to
// read by hand.
func readAllBut(b []byte, fd protoreflect.FieldDescriptor, m proto.Message) ([][]byte, error) {
	var vals [][]byte
	rest, err := split(b, func(num protowire.Number) bool { return num == fd.Number() },
		func(_ protowire.Number, v []byte) { vals = append(vals, v) })
	if err != nil {
		return nil, err
	}
	proto.Reset(m)
	if err := proto.Unmarshal(rest, m); err != nil {
		return nil, err
	}
	return vals, nil
}

// unmarshalRawText reads b into m as the runtime would, except that the
// string fields of m's Document are taken byte for byte. The Document field
// may occur several times, as the wire format allows: the occurrences merge,
// the last value of each field winning.
func unmarshalRawText(b []byte, m proto.Message) error {
	fd := documentField(m)
	docs, err := readAllBut(b, fd, m)
	if err != nil || docs == nil {
		return err
	}
	r := m.ProtoReflect()
	doc := r.NewField(fd).Message()
	byNumber := map[protowire.Number]protoreflect.FieldDescriptor{}
	for _, sf := range stringFields(doc.Descriptor()) {
		byNumber[sf.Number()] = sf
	}
	texts := map[protowire.Number]string{}
	var other []byte
	for _, d := range docs {
		o, err := split(d, func(num protowire.Number) bool { return byNumber[num] != nil },
			func(num protowire.Number, v []byte) { texts[num] = string(v) })
		if err != nil {
			return err
		}
		other = append(other, o...)
	}
	if err := (proto.UnmarshalOptions{Merge: true}).Unmarshal(other, doc.Interface()); err != nil {
		return err
	}
	for num, s := range texts {
		// Set does not check UTF-8: that is the point.
		doc.Set(byNumber[num], protoreflect.ValueOfString(s))
	}
	r.Set(fd, protoreflect.ValueOfMessage(doc))
	return nil
}
