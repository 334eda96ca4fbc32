/**
 * What vscode-languageserver 10 leaves to the server about the protocol's lifecycle (it has no
 * option for it), done on each message before the library dispatches it, through the connection's
 * `messageStrategy` hook:
 * - before `initialize`, a request is answered with ServerNotInitialized (-32002) and a
 *   notification other than `exit` is dropped;
 * - after `shutdown`, and for a second `initialize`, a request is answered with InvalidRequest;
 * - an `initialize` whose params or `capabilities` are missing or not objects is read as "no
 *   capabilities" — the library reads `capabilities.workspace` before any handler of ours runs.
 */
import {
  type Connection,
  ErrorCodes,
  Message,
  type MessageStrategy,
  type RequestMessage,
  ResponseError,
} from 'vscode-languageserver/node';
import { isObject } from '../../lint/rules/rule';

/**
 * The method a refused request is re-routed to, so that the library answers it (with its id) from
 * {@link LifecycleGate.install}'s handler: a strategy can only pass messages on, not answer them.
 */
const REFUSED_REQUEST_METHOD = '$/peeker/refusedRequest';

/** Why a request is refused; only the gate makes these (params from the wire never are one). */
class Refusal {
  constructor(
    readonly code: number,
    readonly message: string,
  ) {}
}

/** The connection's message strategy enforcing the rules above. */
export class LifecycleGate implements MessageStrategy {
  private phase: 'before initialize' | 'running' | 'shut down' = 'before initialize';

  /**
   * Messages the library has dispatched so far (refused and dropped ones included): the server
   * waits until this stops growing before it decides a lint's version is still current.
   */
  dispatched = 0;

  /** Answers the requests the gate refuses; call once the connection exists. */
  install(connection: Connection): void {
    connection.onRequest(REFUSED_REQUEST_METHOD, (params: unknown) =>
      params instanceof Refusal
        ? new ResponseError(params.code, params.message)
        : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${REFUSED_REQUEST_METHOD}`),
    );
  }

  handleMessage(message: Message, next: (message: Message) => ReturnType<MessageStrategy['handleMessage']>) {
    this.dispatched++;
    if (Message.isRequest(message)) return next(this.admit(message));
    // LSP: "Notifications should be dropped, except for the exit notification".
    if (Message.isNotification(message) && this.phase === 'before initialize' && message.method !== 'exit')
      return;
    return next(message);
  }

  private admit(request: RequestMessage): RequestMessage {
    const refusal = this.refusal(request.method);
    if (refusal) return { ...request, method: REFUSED_REQUEST_METHOD, params: refusal };
    if (request.method === 'initialize') {
      this.phase = 'running';
      return withUsableInitializeParams(request);
    }
    if (request.method === 'shutdown') this.phase = 'shut down';
    // JSON-RPC 2.0 allows an object, an array or no params; the library would read a property of
    // `null` before any handler could check it, and answer with the TypeError's text.
    if (request.params === null) {
      const refusal = new Refusal(
        ErrorCodes.InvalidParams,
        `${request.method}: params must be an object or an array, or left out (JSON-RPC 2.0); got null.`,
      );
      return { ...request, method: REFUSED_REQUEST_METHOD, params: refusal };
    }
    return request;
  }

  private refusal(method: string): Refusal | undefined {
    switch (this.phase) {
      case 'before initialize':
        return method === 'initialize'
          ? undefined
          : new Refusal(
              ErrorCodes.ServerNotInitialized,
              `${method} before initialize: send initialize first, and requests after its answer.`,
            );
      case 'shut down':
        return new Refusal(
          ErrorCodes.InvalidRequest,
          `${method} after shutdown: the server only takes the exit notification now.`,
        );
      default:
        return method === 'initialize'
          ? new Refusal(ErrorCodes.InvalidRequest, 'initialize was already received: it is sent once.')
          : undefined;
    }
  }
}

/** The initialize request with params and `capabilities` objects, whatever the client sent. */
function withUsableInitializeParams(request: RequestMessage): RequestMessage {
  const params = isObject(request.params) ? request.params : {};
  if (isObject(params.capabilities) && params === request.params) return request;
  return {
    ...request,
    params: { ...params, capabilities: isObject(params.capabilities) ? params.capabilities : {} },
  };
}
