"""The docanalysis client: one channel, the API key, and the three calls."""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence, Tuple, Union

import grpc

from .errors import AnalysisError
from .v1 import analysis_pb2 as pb
from .v1 import analysis_pb2_grpc

# Offset units. Python strings index code points, so CODE_POINTS is the
# default: text[span.begin:span.end] == span.content.
UTF8 = pb.ENCODING_TYPE_UTF8
UTF16 = pb.ENCODING_TYPE_UTF16
CODE_POINTS = pb.ENCODING_TYPE_UTF32

# The largest response accepted: gRPC's default of 4 MiB is less than the
# analysis of a 1 MiB text with every feature.
MAX_RESPONSE_BYTES = 64 << 20

DocumentLike = Union[str, Tuple[str, str], pb.Document]


@dataclass(frozen=True)
class Result:
    """The answer to one document of analyze_many: an analysis or an error."""

    index: int
    """The document's position in the stream, from 0."""
    document_id: str
    """The document's id as sent (documents given as str get str(index))."""
    analysis: Optional[pb.DocumentAnalysis]
    """The analysis, or None when the document failed."""
    error: Optional[AnalysisError]
    """Why the document was not analysed, or None."""

    @property
    def ok(self) -> bool:
        """Whether the document was analysed."""
        return self.error is None


class _BearerKey(grpc.AuthMetadataPlugin):
    """Sends the API key as "authorization: Bearer <key>" on every call."""

    def __init__(self, key: str):
        self._metadata = (("authorization", "Bearer " + key),)

    def __call__(self, context, callback):
        callback(self._metadata, None)


def connect(
    address: str,
    *,
    tls: bool = True,
    api_key: Optional[str] = None,
    root_certificates: Optional[bytes] = None,
    options: Sequence[Tuple[str, object]] = (),
) -> "Client":
    """Returns a client for the server at address ("host:port").

    tls=True (the default) verifies the server against root_certificates (PEM
    bytes) or the system's roots, and sends api_key as call credentials.
    tls=False speaks plaintext, for a server on loopback or a trusted network:
    gRPC refuses call credentials without transport security, so the key is
    then added to each call's metadata and travels in clear text.
    Like gRPC's own channels, connect does not connect: the first call does.
    """
    opts = [("grpc.max_receive_message_length", MAX_RESPONSE_BYTES), *options]
    metadata: Tuple[Tuple[str, str], ...] = ()
    if tls:
        creds = grpc.ssl_channel_credentials(root_certificates=root_certificates)
        if api_key:
            creds = grpc.composite_channel_credentials(creds, grpc.metadata_call_credentials(_BearerKey(api_key)))
        channel = grpc.secure_channel(address, creds, options=opts)
    else:
        channel = grpc.insecure_channel(address, options=opts)
        if api_key:
            metadata = (("authorization", "Bearer " + api_key),)
    return Client(channel, metadata)


def _document(doc: DocumentLike, index: int) -> pb.Document:
    if isinstance(doc, pb.Document):
        return doc
    if isinstance(doc, str):
        return pb.Document(id=str(index), text=doc)
    if isinstance(doc, tuple) and len(doc) == 2:
        return pb.Document(id=doc[0], text=doc[1])
    raise TypeError(f"document {index}: want str, (id, text) or docanalysis.pb.Document, got {type(doc).__name__}")


class Client:
    """Calls one docanalysis server over one channel; safe to share between threads.

    Every call raises AnalysisError when it fails. timeout is the call's
    deadline in seconds (None: none); past it the call fails with
    DEADLINE_EXCEEDED and the server stops work on it.
    """

    def __init__(self, channel: grpc.Channel, metadata: Tuple[Tuple[str, str], ...] = ()):
        self._channel = channel
        self._metadata = metadata
        self._stub = analysis_pb2_grpc.DocumentAnalysisServiceStub(channel)

    def analyze(
        self,
        text: str,
        *,
        id: str = "",
        title: str = "",
        language: str = "",
        features: Sequence[int] = (),
        encoding: int = CODE_POINTS,
        max_sentences: int = 0,
        max_keywords: int = 0,
        timeout: Optional[float] = None,
    ) -> pb.DocumentAnalysis:
        """Analyses one text and returns its DocumentAnalysis.

        features lists pb.FEATURE_* values (empty: all but sentences);
        encoding sets the offset units (CODE_POINTS, UTF16 or UTF8).
        """
        req = pb.AnalyzeDocumentRequest(
            document=pb.Document(id=id, text=text, title=title, language=language),
            features=features,
            encoding_type=encoding,
        )
        if max_sentences or max_keywords:
            req.summary_options.max_sentences = max_sentences
            req.summary_options.max_keywords = max_keywords
        deadline = _deadline(timeout)
        try:
            return self._stub.AnalyzeDocument(req, timeout=timeout, metadata=self._metadata).analysis
        except grpc.RpcError as err:
            raise AnalysisError.from_rpc_error(err, deadline) from None

    def analyze_many(
        self,
        documents: Iterable[DocumentLike],
        *,
        max_in_flight: int = 8,
        features: Sequence[int] = (),
        encoding: int = CODE_POINTS,
        timeout: Optional[float] = None,
    ) -> Iterator[Result]:
        """Streams documents through AnalyzeDocuments and yields one Result each.

        A document is a str (its id is then its index), an (id, text) pair or
        a pb.Document. At most max_in_flight documents are sent and not yet
        answered, so a long iterable is read only as answers come back.
        Results come in the order the server finishes them; Result.index
        says which document each answers. A document the server refuses
        yields a Result with its error and the stream goes on; a failure of
        the stream itself (auth, deadline, server gone) raises AnalysisError,
        and an exception from documents is raised once the documents read
        before it are answered. timeout bounds the whole stream. Closing
        the generator early cancels the stream.
        """
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        slots = threading.Semaphore(max_in_flight)
        done = threading.Event()
        source_error = []

        def requests():
            # gRPC reads this on its own thread. A slot is taken before the
            # next document is read; waiting in short steps lets a finished
            # or cancelled stream end the wait.
            it = iter(documents)
            for i in itertools.count():
                while not slots.acquire(timeout=0.05):
                    if done.is_set():
                        return
                if done.is_set():
                    return
                try:
                    req = pb.AnalyzeDocumentsRequest(document=_document(next(it), i), features=features, encoding_type=encoding)
                except StopIteration:
                    return
                except Exception as err:
                    # gRPC would swallow it; end the stream here and raise
                    # it once the documents already sent are answered.
                    source_error.append(err)
                    return
                yield req

        deadline = _deadline(timeout)
        call = self._stub.AnalyzeDocuments(requests(), timeout=timeout, metadata=self._metadata)
        try:
            for resp in call:
                slots.release()
                if resp.WhichOneof("result") == "analysis":
                    yield Result(resp.index, resp.document_id, resp.analysis, None)
                else:
                    yield Result(resp.index, resp.document_id, None, AnalysisError.from_status(resp.error))
        except grpc.RpcError as err:
            raise AnalysisError.from_rpc_error(err, deadline) from None
        finally:
            done.set()
            call.cancel()
        if source_error:
            raise source_error[0]

    def info(self, *, timeout: Optional[float] = None) -> pb.GetServiceInfoResponse:
        """Returns the server's engine and model versions, limits, languages, features and encodings."""
        deadline = _deadline(timeout)
        try:
            return self._stub.GetServiceInfo(pb.GetServiceInfoRequest(), timeout=timeout, metadata=self._metadata)
        except grpc.RpcError as err:
            raise AnalysisError.from_rpc_error(err, deadline) from None

    def close(self) -> None:
        """Closes the channel; calls in progress fail with CANCELLED."""
        self._channel.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _deadline(timeout: Optional[float]) -> Optional[float]:
    """The deadline of a call with the given timeout, on time.monotonic()'s clock."""
    return None if timeout is None else time.monotonic() + timeout
