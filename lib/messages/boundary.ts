// Turning an unknown incoming message into a typed one, or a reason to refuse it. The
// sender check matters as much as the shape: a content script runs inside a page and can be
// driven by it, so panel-only requests are refused unless they come from an extension page.
import * as v from 'valibot';
import type { Broadcast, ContentRequest, PanelRequest } from './requests';
import { BroadcastSchema, ContentRequestSchema, PanelRequestSchema } from './schemas';

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/** The parts of runtime.MessageSender this boundary looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** A message (or a page's answer) checked against its schema, or why it was refused. */
export function parse<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Parsed<T> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') || '(root)';
  return { ok: false, error: `invalid message at ${path}: ${issue.message}` };
}

/** Messages from an extension page: our own id and a URL under our own origin. */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Messages from one of our content scripts: our own id, sent from a tab's web page. */
export function isContentScript(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    !(typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin))
  );
}

export const parseContentRequest = (raw: unknown): Parsed<ContentRequest> => parse(ContentRequestSchema, raw);
export const parsePanelRequest = (raw: unknown): Parsed<PanelRequest> => parse(PanelRequestSchema, raw);
export const parseBroadcast = (raw: unknown): Parsed<Broadcast> => parse(BroadcastSchema, raw);
