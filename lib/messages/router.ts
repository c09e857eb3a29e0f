// The receiving side of a request map: one handler per request type, typed by the map, so a
// handler that answers the wrong shape does not compile and a new request without a handler
// is a compile error too.
import { readerMessage } from '../errors';
import type { Answer, AnswerOf, CallMap, RequestOf } from './requests';

/** A handler for every request of map M, given the request and a context (e.g. the sender's tab). */
export type Handlers<M extends CallMap<M>, Ctx = void> = {
  [K in keyof M]: (request: RequestOf<M, K>, context: Ctx) => AnswerOf<M, K> | Promise<AnswerOf<M, K>>;
};

/**
 * Runs the request's handler and wraps its result in an Answer: a thrown ReaderError becomes
 * its message, anything else "Something went wrong (…)". Never rejects.
 */
export async function route<M extends CallMap<M>, Ctx>(
  handlers: Handlers<M, Ctx>,
  request: RequestOf<M>,
  context: Ctx,
): Promise<Answer<unknown>> {
  try {
    const handler = handlers[request.type as keyof M] as (request: RequestOf<M>, context: Ctx) => unknown;
    return { ok: true, value: await handler(request, context) };
  } catch (error) {
    return { ok: false, error: readerMessage(error) };
  }
}
