package server

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

const plantedPanicText = "PLANTED-PANIC-TEXT-the-document-said-this"

func TestRecovery(t *testing.T) {
	tests := []struct {
		name      string
		panicWith func()
		wantInLog string // beyond the stack; "" for nothing more
	}{
		{
			name:      "string with document text",
			panicWith: func() { panic("cannot handle " + plantedPanicText) },
		},
		{
			name:      "error with document text",
			panicWith: func() { panic(errors.New(plantedPanicText)) },
		},
		{
			name: "runtime error",
			panicWith: func() {
				var s []int
				i := 42
				_ = s[i]
			},
			wantInLog: "index out of range [42] with length 0",
		},
		{
			name:      "nil",
			panicWith: func() { panic(nil) },
			wantInLog: "panic called with nil argument",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check := func(t *testing.T, err error, logs string) {
				t.Helper()
				st := status.Convert(err)
				if st.Code() != codes.Internal || st.Message() != internalStatus.Message() {
					t.Errorf("recovered panic = %v; want %v", err, internalStatus.Err())
				}
				if len(st.Details()) != 0 {
					t.Errorf("recovered panic carries details %v; want none", st.Details())
				}
				var line struct {
					Level, Msg, Stack string
				}
				if err := json.Unmarshal([]byte(logs), &line); err != nil {
					t.Fatalf("log is not one JSON line: %v\n%s", err, logs)
				}
				if line.Level != "ERROR" || line.Msg != "panic recovered" {
					t.Errorf("log level, msg = %q, %q; want ERROR, panic recovered", line.Level, line.Msg)
				}
				// The stack must show where the panic happened, not just
				// the recovery handler.
				if !strings.Contains(line.Stack, "recovery_test.go") || !strings.Contains(line.Stack, "TestRecovery") {
					t.Errorf("logged stack does not reach the panic:\n%s", line.Stack)
				}
				if strings.Contains(logs, plantedPanicText) {
					t.Errorf("log quotes the panic value:\n%s", logs)
				}
				if tt.wantInLog != "" && !strings.Contains(logs, tt.wantInLog) {
					t.Errorf("log lacks %q:\n%s", tt.wantInLog, logs)
				}
			}

			t.Run("unary", func(t *testing.T) {
				logs, logger := newLogBuffer()
				handler := func(context.Context, any) (any, error) {
					tt.panicWith()
					return nil, nil
				}
				resp, err := unaryRecovery(logger)(callContext(t, methodAnalyze, nil), &pb.AnalyzeDocumentRequest{}, unaryInfo(methodAnalyze), handler)
				if resp != nil {
					t.Errorf("recovered panic returned response %v; want nil", resp)
				}
				check(t, err, logs.String())
			})
			t.Run("stream", func(t *testing.T) {
				logs, logger := newLogBuffer()
				handler := func(any, grpc.ServerStream) error {
					tt.panicWith()
					return nil
				}
				ss := &chainTestStream{ctx: callContext(t, methodStream, nil)}
				check(t, streamRecovery(logger)(nil, ss, streamInfo(methodStream), handler), logs.String())
			})
		})
	}
}

func TestRecoveryPassesThrough(t *testing.T) {
	_, logger := newLogBuffer()
	want := status.Error(codes.InvalidArgument, "bad")
	handler := func(context.Context, any) (any, error) { return nil, want }
	if _, err := unaryRecovery(logger)(callContext(t, methodAnalyze, nil), nil, unaryInfo(methodAnalyze), handler); err != want {
		t.Errorf("recovery with a failing handler = %v; want %v", err, want)
	}
}
