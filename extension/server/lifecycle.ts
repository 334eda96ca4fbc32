/**
 * What vscode-languageserver leaves to the server about the protocol's lifecycle, done on each
 * message before the library dispatches it (its `messageStrategy` hook):
 * - an `initialize` whose params or `capabilities` are missing or not objects is read as "no
 *   capabilities" — the library reads `capabilities.workspace` before any handler of ours runs.
 */
import { Message, type MessageStrategy, type RequestMessage } from 'vscode-languageserver/node';

/** The connection's message strategy enforcing the rules above. */
export class LifecycleGate implements MessageStrategy {
  handleMessage(message: Message, next: (message: Message) => ReturnType<MessageStrategy['handleMessage']>) {
    if (Message.isRequest(message) && message.method === 'initialize') {
      return next(withUsableInitializeParams(message));
    }
    return next(message);
  }
}

/** The initialize request with params and `capabilities` objects, whatever the client sent. */
function withUsableInitializeParams(request: RequestMessage): RequestMessage {
  const params = isRecord(request.params) ? request.params : {};
  if (isRecord(params.capabilities) && params === request.params) return request;
  return {
    ...request,
    params: { ...params, capabilities: isRecord(params.capabilities) ? params.capabilities : {} },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
