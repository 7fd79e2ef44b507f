#!/bin/sh
# Generates the Python protobuf and gRPC stubs of the docanalysis API into
# docanalysis/v1/ and docanalysis/rpc/, from proto/ and clients/proto/, with
# Debian's protoc (protobuf-compiler) and gRPC plugin
# (protobuf-compiler-grpc). The stubs are not committed: run this after each
# change to the .proto files, and before using or testing the package.
#
#   apt-get install protobuf-compiler libprotobuf-dev protobuf-compiler-grpc python3-grpcio python3-protobuf
#   clients/python/generate.sh
#
# PROTOC, GRPC_PYTHON_PLUGIN and PROTO_INCLUDE (where google/protobuf/*.proto
# are) override the defaults.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
protoc=${PROTOC:-protoc}
plugin=${GRPC_PYTHON_PLUGIN:-$(command -v grpc_python_plugin || true)}
include=${PROTO_INCLUDE:-/usr/include}
if [ -z "$plugin" ]; then
	echo "generate.sh: grpc_python_plugin not found (apt-get install protobuf-compiler-grpc)" >&2
	exit 1
fi
rm -rf "$here/docanalysis/v1" "$here/docanalysis/rpc"
"$protoc" -I "$repo/proto" -I "$repo/clients/proto" -I "$include" \
	--python_out="$here" --grpc_out="$here" --plugin=protoc-gen-grpc="$plugin" \
	docanalysis/v1/analysis.proto
"$protoc" -I "$repo/clients/proto" -I "$include" --python_out="$here" \
	docanalysis/rpc/error_details.proto
echo "generate.sh: stubs written under $here/docanalysis/ by $("$protoc" --version)"
