// Package evaluate measures the docanalysis service the way the project's
// independent scorers do (../shared/eval/score_analysis.py and rouge.py), so
// that a figure printed here is the figure a reviewer gets.
//
// # Real service path
//
// Documents never go to the engine directly. [Start] builds the gRPC server
// exactly as cmd/docanalysisd does (server.New around analysis.New), serves
// it on an in-memory bufconn listener, and [Service.Analyze] sends the
// documents through the project's client on one AnalyzeDocuments stream with
// a bounded number in flight. Whatever the validation, conversion or
// offset code does to an answer therefore shows up in the scores.
//
// # Analyses against gold files
//
// [LoadGold] reads gold files in the format of design/gold-format.md,
// [EvaluateAnalysis] writes one protojson AnalyzeDocumentResponse per
// document (<id>.json, ENCODING_TYPE_UTF32 offsets, the scorer's units) and
// scores them with [ScoreDocument] and [Total], a line-for-line port of
// score_analysis.py: the same actor mapping (name worth 10, each shared key
// worth 1, first best wins), splits counted as false positives, evidence
// coverage of at least half a gold sentence, strict matches needing two gold
// parties (or all of them when fewer), and agreements required unless they
// say otherwise. When python3 and the script are at hand, the script is run
// on the same files and every per-document count and total is compared.
//
// Text is read as Python reads it: UTF-8, with "\r\n" and "\r" turned into
// "\n" (universal newlines), so that code point offsets agree. A gold
// "title" is sent as Document.title only when the text does not already
// open with it: the dev gold texts carry their headline as line 1, and
// sending it twice would count it twice as a signal, while offsets must
// stay those of the text the scorer reads.
//
// # Summaries against references
//
// [EvaluateSummary] reads a JSONL of references (id, article, highlights,
// optional title), sends each article (with its title, when the row has
// one) asking for as many key points as the reference has sentences, or a
// fixed number, writes the predictions and the exact reference rows used,
// and runs rouge.py on them with the matching Lead-K baseline. [GoRouge]
// scores the same files with internal/rouge, the Go port of rouge.py, and
// [CompareRouge] lists any figure where the two differ by more than
// [Tolerance]; predictions may also come from a file (a training run's
// cross-validated summaries) rather than the service. [SummarySets] are
// issue 17's sets, scored together by the evaluate command's summaries
// subcommand (make eval-summary).
package evaluate
