"""Python client of the docanalysis service (docanalysis.v1.DocumentAnalysisService).

    import docanalysis

    with docanalysis.connect("127.0.0.1:50051", tls=False, api_key=key) as client:
        a = client.analyze(text)
        for actor in a.actors:
            print(actor.name, [m.span.content for m in actor.mentions])

Offsets are in code points by default, so text[span.begin:span.end] is
span.content. The messages are the stubs generate.sh writes from the API's
.proto (docanalysis.pb is docanalysis.v1.analysis_pb2); run it first.
"""

from .client import CODE_POINTS, MAX_RESPONSE_BYTES, UTF8, UTF16, Client, Result, connect
from .errors import AnalysisError, FieldViolation
from .v1 import analysis_pb2 as pb

__all__ = [
    "AnalysisError",
    "CODE_POINTS",
    "Client",
    "FieldViolation",
    "MAX_RESPONSE_BYTES",
    "Result",
    "UTF16",
    "UTF8",
    "connect",
    "pb",
]
