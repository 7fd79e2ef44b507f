#!/usr/bin/env python3
"""Example analyses a text file (or standard input) with a docanalysis server and prints what it found.

    clients/python/generate.sh
    /usr/bin/python3 clients/python/example.py --addr 127.0.0.1:50051 --plaintext article.txt

The key is read from $DOCANALYSIS_API_KEY when the server wants one.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import docanalysis  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file", nargs="?", default="-", help="the text to analyse; - for standard input")
    p.add_argument("--addr", default=os.environ.get("DOCANALYSIS_ADDR", "127.0.0.1:50051"), help="server address, host:port")
    p.add_argument("--plaintext", action="store_true", help="no TLS (a server on loopback)")
    p.add_argument("--timeout", type=float, default=30, help="deadline in seconds")
    args = p.parse_args()
    text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8").read()

    with docanalysis.connect(args.addr, tls=not args.plaintext, api_key=os.environ.get("DOCANALYSIS_API_KEY")) as client:
        try:
            a = client.analyze(text, timeout=args.timeout)
        except docanalysis.AnalysisError as e:
            print(f"example: {e}", file=sys.stderr)
            for v in e.field_violations:
                print(f"  {v.field}: {v.description}", file=sys.stderr)
            if e.retry_delay is not None:
                print(f"  retry in {e.retry_delay:.1f}s", file=sys.stderr)
            return 1

    print("Gist:", a.summary.gist)
    print("Actors:")
    for actor in a.actors:
        # Offsets are code points, so they slice the Python string.
        first = actor.mentions[0].span
        print(f"  {actor.name} ({pb_name(actor.type)}), first at {first.begin}: {text[first.begin:first.end]!r}")
    for d in a.disputed_points:
        print(f"Disputed: {d.topic}")
        for pos in d.positions:
            print(f"  {pos.actor_id}: {pos.statement}")
    for g in a.agreements:
        print(f"Agreed: {g.topic} ({', '.join(g.actor_ids)})")
    return 0


def pb_name(actor_type):
    return docanalysis.pb.ActorType.Name(actor_type).removeprefix("ACTOR_TYPE_").lower()


if __name__ == "__main__":
    sys.exit(main())
