// @ts-check
'use strict';

/**
 * Node client of the docanalysis service (docanalysis.v1.DocumentAnalysisService),
 * on @grpc/grpc-js with the API's .proto loaded at run time by
 * @grpc/proto-loader, the way most Node services call gRPC.
 *
 *     const { connect } = require('docanalysis-client');
 *     const client = connect('127.0.0.1:50051', { tls: false, apiKey });
 *     const a = await client.analyze(text);
 *     for (const actor of a.actors) console.log(actor.name, actor.mentions.map((m) => m.span.content));
 *     client.close();
 *
 * Offsets are UTF-16 code units by default, the units JavaScript strings
 * index, so text.slice(span.begin, span.end) === span.content. Messages are
 * plain objects with camelCase fields, every field present (zero values
 * included), enums as their names and int64 values as numbers.
 *
 * @module docanalysis-client
 */

const path = require('node:path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

/** Where the API's .proto is: the repository's proto/ folder. */
const API_PROTO_ROOT = path.resolve(__dirname, '..', '..', 'proto');
/** Where the error details' .proto is (see clients/proto). */
const DETAILS_PROTO_ROOT = path.resolve(__dirname, '..', 'proto');
const API_PROTO = 'docanalysis/v1/analysis.proto';
const DETAILS_PROTO = 'docanalysis/rpc/error_details.proto';

/** The largest response accepted: gRPC's 4 MiB default is less than the analysis of a 1 MiB text. */
const MAX_RESPONSE_BYTES = 64 << 20;

/** The trailer in which a gRPC server sends the whole google.rpc.Status, details included. */
const STATUS_TRAILER = 'grpc-status-details-bin';

/** Offset units (EncodingType). */
const Encoding = Object.freeze({
  UTF8: 'ENCODING_TYPE_UTF8',
  /** JavaScript's own: the default. */
  UTF16: 'ENCODING_TYPE_UTF16',
  CODE_POINTS: 'ENCODING_TYPE_UTF32',
});

/** The parts of the analysis a call may ask for (Feature). */
const Feature = Object.freeze({
  SUMMARY: 'FEATURE_SUMMARY',
  ACTORS: 'FEATURE_ACTORS',
  DISPUTED_POINTS: 'FEATURE_DISPUTED_POINTS',
  SENTENCES: 'FEATURE_SENTENCES',
  AGREEMENTS: 'FEATURE_AGREEMENTS',
});

const packageDefinition = protoLoader.loadSync(API_PROTO, {
  includeDirs: [API_PROTO_ROOT],
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
});
// @ts-ignore: the loaded package's shape is known only at run time.
const Service = grpc.loadPackageDefinition(packageDefinition).docanalysis.v1.DocumentAnalysisService;

// The status and its details are decoded with protobufjs directly:
// proto-loader decodes messages of the service only.
const detailsRoot = new protobuf.Root();
detailsRoot.resolvePath = (_origin, target) => {
  if (target.startsWith('google/protobuf/')) return target; // protobufjs has these built in
  return path.join(target.startsWith('docanalysis/rpc/') ? DETAILS_PROTO_ROOT : API_PROTO_ROOT, target);
};
detailsRoot.loadSync([API_PROTO, DETAILS_PROTO]);
// docanalysis.v1.Status has google.rpc.Status's field numbers.
const StatusType = detailsRoot.lookupType('docanalysis.v1.Status');
const BadRequestType = detailsRoot.lookupType('docanalysis.rpc.BadRequest');
const RetryInfoType = detailsRoot.lookupType('docanalysis.rpc.RetryInfo');

/**
 * @typedef {{begin: number, end: number, content: string}} TextSpan
 *   A run of the text: text.slice(begin, end) === content in UTF-16 units.
 * @typedef {{span: TextSpan, kind: string, sentenceIndex: number}} Mention
 * @typedef {{id: string, name: string, type: string, aliases: string[], mentions: Mention[],
 *   salience: number, roles: string[]}} Actor
 * @typedef {{actorId: string, statement: string, evidence: TextSpan[]}} Position
 * @typedef {{id: string, topic: string, description: string, positions: Position[],
 *   evidence: TextSpan[], confidence: number}} DisputedPoint
 * @typedef {{id: string, topic: string, description: string, actorIds: string[],
 *   evidence: TextSpan[], confidence: number}} AgreedPoint
 * @typedef {{span: TextSpan, sentenceIndex: number, score: number}} SummarySentence
 * @typedef {{gist: string, keyPoints: SummarySentence[], keywords: string[]}} Summary
 * @typedef {{span: TextSpan, index: number, paragraphIndex: number}} Sentence
 * @typedef {{characters: number, words: number, sentences: number, paragraphs: number,
 *   readingTime: {seconds: number, nanos: number} | null}} DocumentStats
 * @typedef {{documentId: string, language: string, summary: Summary | null, actors: Actor[],
 *   disputedPoints: DisputedPoint[], agreements: AgreedPoint[], sentences: Sentence[],
 *   stats: DocumentStats | null, engine: {name: string, version: string, models: {name: string, version: string}[]} | null}} DocumentAnalysis
 * @typedef {{id?: string, text: string, title?: string, language?: string}} Document
 * @typedef {{typeUrl?: string, type_url?: string, value: Uint8Array}} AnyMessage
 */

/** One field of a request that broke a rule (google.rpc.BadRequest). */
class FieldViolation {
  /** @param {string} field @param {string} description */
  constructor(field, description) {
    /** The field's path in the request, e.g. "document.text". */
    this.field = field;
    /** What is wrong with it, for a person. */
    this.description = description;
  }
}

/**
 * A call, or one document of a stream, failed with a gRPC status. code is the
 * numeric gRPC code (grpc.status), codeName its name. fieldViolations lists
 * the fields at fault for INVALID_ARGUMENT; retryDelayMs is the wait the
 * server asks for with RESOURCE_EXHAUSTED, or null when it gave none (then
 * do not retry).
 */
class AnalysisError extends Error {
  /**
   * @param {number} code
   * @param {string} message
   * @param {AnyMessage[]} [details]
   */
  constructor(code, message, details = []) {
    const codeName = grpc.status[code] ?? 'UNKNOWN';
    super(`${codeName}: ${message}`);
    this.name = 'AnalysisError';
    this.code = code;
    this.codeName = codeName;
    /** The server's message. */
    this.serverMessage = message;
    /** @type {FieldViolation[]} */
    this.fieldViolations = [];
    /** @type {number | null} */
    this.retryDelayMs = null;
    /** The details as google.protobuf.Any values, decoded or not. */
    this.details = details;
    for (const d of details) {
      const url = d.typeUrl ?? d.type_url ?? '';
      const kind = url.slice(url.lastIndexOf('/') + 1);
      if (kind === 'google.rpc.BadRequest') {
        const br = /** @type {any} */ (BadRequestType.toObject(BadRequestType.decode(d.value), { defaults: true }));
        for (const v of br.fieldViolations) this.fieldViolations.push(new FieldViolation(v.field, v.description));
      } else if (kind === 'google.rpc.RetryInfo') {
        const ri = /** @type {any} */ (RetryInfoType.toObject(RetryInfoType.decode(d.value), { defaults: true, longs: Number }));
        const delay = ri.retryDelay ?? { seconds: 0, nanos: 0 };
        this.retryDelayMs = Number(delay.seconds) * 1000 + delay.nanos / 1e6;
      }
    }
  }

  /**
   * The error of a failed call, with the details from its trailers.
   * @param {any} err a grpc-js ServiceError
   * @param {Date} [deadline] the call's deadline, if it had one
   */
  static fromServiceError(err, deadline) {
    const raw = err?.metadata?.get?.(STATUS_TRAILER)?.[0];
    let details = [];
    if (raw) {
      const st = /** @type {any} */ (StatusType.toObject(StatusType.decode(raw), { defaults: true }));
      details = st.details;
    }
    let code = typeof err?.code === 'number' ? err.code : grpc.status.UNKNOWN;
    // A server ends a call whose deadline has passed by resetting its
    // stream (RST_STREAM CANCEL); when that reaches a busy client before
    // its own deadline timer runs, grpc-js reports CANCELLED. The gRPC
    // protocol asks clients to check the deadline then, as grpc-go does.
    if (code === grpc.status.CANCELLED && deadline !== undefined && Date.now() >= deadline.getTime()) {
      code = grpc.status.DEADLINE_EXCEEDED;
    }
    return new AnalysisError(code, err?.details ?? String(err), details);
  }

  /**
   * The error of a stream document (AnalyzeDocumentsResponse.error).
   * @param {{code: number, message: string, details: AnyMessage[]}} status
   */
  static fromStatus(status) {
    return new AnalysisError(status.code, status.message, status.details);
  }
}

/**
 * The answer to one document of analyzeMany: an analysis or an error.
 * @typedef {{index: number, documentId: string, analysis: DocumentAnalysis | null,
 *   error: AnalysisError | null}} Result
 */

/**
 * @typedef {object} ConnectOptions
 * @property {boolean} [tls=true] verify the server with TLS; false: plaintext
 * @property {string} [apiKey] sent as "authorization: Bearer <key>"
 * @property {Buffer} [rootCerts] PEM roots to verify the server against (default: the system's)
 * @property {Record<string, any>} [channelOptions] more gRPC channel options
 */

/**
 * @typedef {object} CallOptions
 * @property {string[]} [features] Feature values (default: all but sentences)
 * @property {string} [encoding] an Encoding value (default UTF16)
 * @property {number} [timeoutMs] the call's deadline (for analyzeMany, the whole stream's)
 */

/**
 * Returns a client for the server at address ("host:port"). With TLS (the
 * default) the key goes as call credentials; gRPC refuses those without
 * transport security, so with tls: false the key is added to each call's
 * metadata and travels in clear text. Like gRPC's channels, connect does not
 * connect: the first call does.
 * @param {string} address
 * @param {ConnectOptions} [options]
 */
function connect(address, { tls = true, apiKey, rootCerts, channelOptions = {} } = {}) {
  const opts = { 'grpc.max_receive_message_length': MAX_RESPONSE_BYTES, ...channelOptions };
  /** @type {grpc.ChannelCredentials} */
  let creds;
  const metadata = new grpc.Metadata();
  if (tls) {
    creds = grpc.credentials.createSsl(rootCerts ?? null);
    if (apiKey) {
      const key = grpc.credentials.createFromMetadataGenerator((_params, callback) => {
        const md = new grpc.Metadata();
        md.set('authorization', `Bearer ${apiKey}`);
        callback(null, md);
      });
      creds = grpc.credentials.combineChannelCredentials(creds, key);
    }
  } else {
    creds = grpc.credentials.createInsecure();
    if (apiKey) metadata.set('authorization', `Bearer ${apiKey}`);
  }
  return new Client(new Service(address, creds, opts), metadata);
}

/** @param {number | undefined} timeoutMs @returns {Date | undefined} */
function deadlineIn(timeoutMs) {
  return timeoutMs === undefined ? undefined : new Date(Date.now() + timeoutMs);
}

/** @param {Date | undefined} deadline */
function callOptions(deadline) {
  return deadline === undefined ? {} : { deadline };
}

/**
 * @param {string | [string, string] | Document} doc
 * @param {number} index
 * @returns {Document}
 */
function toDocument(doc, index) {
  if (typeof doc === 'string') return { id: String(index), text: doc };
  if (Array.isArray(doc) && doc.length === 2) return { id: doc[0], text: doc[1] };
  if (doc && typeof doc === 'object' && typeof (/** @type {Document} */ (doc).text) === 'string') return /** @type {Document} */ (doc);
  throw new TypeError(`document ${index}: want a string, an [id, text] pair or {id, text, title, language}`);
}

/**
 * Calls one docanalysis server over one channel. Every call rejects or
 * throws AnalysisError when it fails; past its deadline (timeoutMs) a call
 * fails with DEADLINE_EXCEEDED and the server stops work on it.
 */
class Client {
  /** @param {any} stub @param {grpc.Metadata} metadata */
  constructor(stub, metadata) {
    this._stub = stub;
    this._metadata = metadata;
  }

  /**
   * Analyses one text.
   * @param {string} text
   * @param {CallOptions & {id?: string, title?: string, language?: string,
   *   maxSentences?: number, maxKeywords?: number}} [options]
   * @returns {Promise<DocumentAnalysis>}
   */
  analyze(text, { id = '', title = '', language = '', features = [], encoding = Encoding.UTF16, maxSentences = 0, maxKeywords = 0, timeoutMs } = {}) {
    const req = {
      document: { id, text, title, language },
      features,
      encodingType: encoding,
      summaryOptions: maxSentences || maxKeywords ? { maxSentences, maxKeywords } : null,
    };
    const deadline = deadlineIn(timeoutMs);
    return new Promise((resolve, reject) => {
      this._stub.AnalyzeDocument(req, this._metadata.clone(), callOptions(deadline), (/** @type {any} */ err, /** @type {any} */ resp) => {
        if (err) reject(AnalysisError.fromServiceError(err, deadline));
        else resolve(resp.analysis);
      });
    });
  }

  /**
   * Streams documents through AnalyzeDocuments and yields one Result each.
   * A document is a string (its id is then its index), an [id, text] pair or
   * {id, text, title, language}; documents may be any iterable or async
   * iterable. At most maxInFlight documents are sent and not yet answered, so
   * a long source is read only as answers come back. Results come in the
   * order the server finishes them; Result.index says which document each
   * answers. A document the server refuses yields a Result with its error
   * and the stream goes on; a failure of the stream itself (auth, deadline,
   * server gone) throws AnalysisError, and an error from documents is thrown
   * once the documents read before it are answered. Leaving the loop early
   * cancels the stream.
   * @param {Iterable<any> | AsyncIterable<any>} documents
   * @param {CallOptions & {maxInFlight?: number}} [options]
   * @returns {AsyncGenerator<Result>}
   */
  async *analyzeMany(documents, { maxInFlight = 8, features = [], encoding = Encoding.UTF16, timeoutMs } = {}) {
    if (!(maxInFlight >= 1)) throw new RangeError('maxInFlight must be at least 1');
    const deadline = deadlineIn(timeoutMs);
    const call = this._stub.AnalyzeDocuments(this._metadata.clone(), callOptions(deadline));
    /** @type {Result[]} */
    const results = [];
    /** @type {Error | null} */
    let failure = null;
    let ended = false;
    let stopped = false;
    let inFlight = 0;
    /** @type {(() => void) | null} */
    let wakeReader = null;
    /** @type {(() => void) | null} */
    let wakeWriter = null;
    const wake = () => {
      const r = wakeReader;
      const w = wakeWriter;
      wakeReader = wakeWriter = null;
      r?.();
      w?.();
    };

    call.on('data', (/** @type {any} */ resp) => {
      inFlight--;
      const error = resp.result === 'error' ? AnalysisError.fromStatus(resp.error) : null;
      results.push({ index: resp.index, documentId: resp.documentId, analysis: error ? null : resp.analysis, error });
      wake();
    });
    // grpc-js emits 'error' for a failed stream before it has delivered
    // every message read; 'end', or 'close' for a stream torn down, come
    // after the last one, so only they end the loop below.
    call.on('error', (/** @type {any} */ err) => {
      failure ??= AnalysisError.fromServiceError(err, deadline);
      wake();
    });
    const finish = () => {
      ended = true;
      wake();
    };
    call.on('end', finish);
    call.on('close', finish);

    // The writer waits for a free slot before it reads the next document.
    const source = Symbol.asyncIterator in documents ? documents[Symbol.asyncIterator]() : documents[Symbol.iterator]();
    (async () => {
      try {
        for (let i = 0; ; i++) {
          while (inFlight >= maxInFlight && !stopped && !ended && !failure) await new Promise((r) => (wakeWriter = () => r(undefined)));
          if (stopped || ended || failure) return;
          const next = await source.next();
          if (next.done || stopped || ended || failure) break;
          inFlight++;
          if (!call.write({ document: toDocument(next.value, i), features, encodingType: encoding })) {
            await new Promise((r) => call.once('drain', r));
          }
        }
        if (!stopped && !ended && !failure) call.end();
      } catch (err) {
        // The source failed: close the stream, so that the documents
        // already sent are answered, then throw its error.
        failure ??= /** @type {Error} */ (err);
        if (!stopped && !ended) call.end();
      }
    })();

    try {
      for (;;) {
        if (results.length > 0) {
          yield /** @type {Result} */ (results.shift());
          continue;
        }
        if (ended) {
          if (failure) throw failure;
          return;
        }
        await new Promise((r) => (wakeReader = () => r(undefined)));
      }
    } finally {
      stopped = true;
      wake();
      if (!ended) call.cancel();
    }
  }

  /**
   * Returns the server's engine and model versions, limits, languages,
   * features and encodings (GetServiceInfoResponse).
   * @param {{timeoutMs?: number}} [options]
   * @returns {Promise<any>}
   */
  info({ timeoutMs } = {}) {
    const deadline = deadlineIn(timeoutMs);
    return new Promise((resolve, reject) => {
      this._stub.GetServiceInfo({}, this._metadata.clone(), callOptions(deadline), (/** @type {any} */ err, /** @type {any} */ resp) => {
        if (err) reject(AnalysisError.fromServiceError(err, deadline));
        else resolve(resp);
      });
    });
  }

  /** Closes the channel; calls in progress fail with CANCELLED. */
  close() {
    this._stub.close();
  }
}

module.exports = { connect, Client, AnalysisError, FieldViolation, Encoding, Feature, MAX_RESPONSE_BYTES };
