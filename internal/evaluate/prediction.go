package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/docanalysis/docanalysis/gen/docanalysis/v1"
)

// predictionFile names the prediction of document id in dir, the name both
// scripts look for.
func predictionFile(dir, id string) string { return filepath.Join(dir, id+".json") }

// WritePrediction writes a as dir/<id>.json, an AnalyzeDocumentResponse in
// protojson (camelCase names, as grpcurl and the scripts read it).
func WritePrediction(dir, id string, a *pb.DocumentAnalysis) error {
	b, err := protojson.MarshalOptions{Multiline: true, Indent: " "}.Marshal(&pb.AnalyzeDocumentResponse{Analysis: a})
	if err != nil {
		return fmt.Errorf("evaluate: encoding prediction %s: %w", id, err)
	}
	return os.WriteFile(predictionFile(dir, id), append(b, '\n'), 0o644)
}

// LoadPrediction reads dir/<id>.json, an AnalyzeDocumentResponse or a bare
// DocumentAnalysis in protojson, as the scorer's load_pred does. A missing
// file is an empty analysis, which scores zero. Fields outside the API are
// ignored, where the scorer would read a hand-written "positions" list on
// an agreement; the service cannot send one.
func LoadPrediction(dir, id string) (*pb.DocumentAnalysis, error) {
	data, err := os.ReadFile(predictionFile(dir, id))
	if errors.Is(err, fs.ErrNotExist) {
		return &pb.DocumentAnalysis{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("evaluate: prediction: %w", err)
	}
	// d.get("analysis", d): the wrapper when it has the key, else the
	// object itself.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("evaluate: prediction %s: %w", predictionFile(dir, id), err)
	}
	body := data
	if inner, ok := top["analysis"]; ok {
		body = inner
	}
	a := &pb.DocumentAnalysis{}
	if string(body) == "null" {
		return a, nil
	}
	if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(body, a); err != nil {
		return nil, fmt.Errorf("evaluate: prediction %s: %w", predictionFile(dir, id), err)
	}
	return a, nil
}
