"""Errors of the docanalysis client: the gRPC status, with its details decoded."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import List, Optional

import grpc

from .rpc import error_details_pb2
from .v1 import analysis_pb2

# The trailer in which gRPC servers send the whole google.rpc.Status, details
# included; the status line itself carries only the code and message.
_STATUS_TRAILER = "grpc-status-details-bin"

_CODES = {c.value[0]: c for c in grpc.StatusCode}


@dataclass(frozen=True)
class FieldViolation:
    """One field of a request that broke a rule, from google.rpc.BadRequest."""

    field: str
    """The field's path in the request, e.g. "document.text"."""
    description: str
    """What is wrong with it, for a person."""


class AnalysisError(Exception):
    """A call, or one document of a stream, failed with a gRPC status.

    code is a grpc.StatusCode (INVALID_ARGUMENT, UNAUTHENTICATED, ...),
    message the server's text. field_violations lists the fields at fault for
    INVALID_ARGUMENT, and retry_delay is the wait in seconds the server asks
    for with RESOURCE_EXHAUSTED (None when it gave none: then do not retry).
    """

    def __init__(self, code: grpc.StatusCode, message: str, details=()):
        super().__init__(f"{code.name}: {message}")
        self.code = code
        self.message = message
        self.details = list(details)
        """The status's details as google.protobuf.Any, decoded or not."""
        self.field_violations: List[FieldViolation] = []
        self.retry_delay: Optional[float] = None
        for any_ in self.details:
            kind = any_.type_url.rsplit("/", 1)[-1]
            if kind == "google.rpc.BadRequest":
                br = error_details_pb2.BadRequest.FromString(any_.value)
                self.field_violations += [FieldViolation(v.field, v.description) for v in br.field_violations]
            elif kind == "google.rpc.RetryInfo":
                d = error_details_pb2.RetryInfo.FromString(any_.value).retry_delay
                self.retry_delay = d.seconds + d.nanos / 1e9

    @classmethod
    def from_status(cls, status: analysis_pb2.Status) -> "AnalysisError":
        """The error of a stream document (AnalyzeDocumentsResponse.error)."""
        return cls(_CODES.get(status.code, grpc.StatusCode.UNKNOWN), status.message, status.details)

    @classmethod
    def from_rpc_error(cls, err: grpc.RpcError, deadline: Optional[float] = None) -> "AnalysisError":
        """The error of a failed call, with the details from its trailers.

        deadline is the call's deadline on time.monotonic()'s clock, if it
        had one: a server resets a call whose deadline has passed
        (RST_STREAM CANCEL), and when that reaches a busy client before its
        own deadline timer runs, grpcio reports CANCELLED. The gRPC protocol
        asks clients to check the deadline then, as grpc-go does.
        """
        code = err.code() if hasattr(err, "code") else grpc.StatusCode.UNKNOWN
        if code == grpc.StatusCode.CANCELLED and deadline is not None and time.monotonic() >= deadline:
            code = grpc.StatusCode.DEADLINE_EXCEEDED
        message = err.details() if hasattr(err, "details") else str(err)
        trailers = err.trailing_metadata() if hasattr(err, "trailing_metadata") else None
        for key, value in trailers or ():
            if key == _STATUS_TRAILER:
                # docanalysis.v1.Status has google.rpc.Status's field numbers.
                st = analysis_pb2.Status.FromString(value)
                return cls(code, message, st.details)
        return cls(code, message or "", ())
