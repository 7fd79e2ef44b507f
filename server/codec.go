package server

import (
	"google.golang.org/grpc/encoding"

	"github.com/docanalysis/docanalysis/internal/codec"
)

// The server reads requests with internal/codec, so that a Document whose
// text, id, title or language is not UTF-8 reaches validate and is refused
// with INVALID_ARGUMENT naming the field; proto3's runtime check would
// otherwise refuse the whole message with an INTERNAL error naming none.
//
// The codec is registered process-wide, replacing gRPC's proto codec under
// the same name, rather than forced on this server alone: clients in the
// same process (the tests', an embedding program's) then also send such
// text as it is, so that they see the server's answer rather than a local
// marshalling error. For every other message, and every valid one, the
// codec is gRPC's own.
func init() {
	encoding.RegisterCodecV2(codec.New())
}
