import { isDocChangingSyncFrame } from './syncFrames';

/** Told about every socket the provider creates and every counted frame it sends. */
export interface SocketObserver {
  created(socket: CountingWebSocket): void;
  docFrameSent(socket: CountingWebSocket): void;
}

/**
 * A browser WebSocket that counts the document-changing sync frames (step 2 / update) it
 * sends, so they can be matched with the server's `stored N` acks. y-websocket creates one per
 * connection attempt through its `WebSocketPolyfill` option; use `countingWebSocketClass` to get
 * a subclass bound to one provider's observer.
 */
export class CountingWebSocket extends WebSocket {
  /** Counted frames handed to `send` on this socket. */
  docFramesSent = 0;
  protected observer: SocketObserver | null = null;

  override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    super.send(data);
    // Counted only after `send` returned: a frame that threw (socket still connecting) never left.
    if (isDocChangingSyncFrame(data)) {
      this.docFramesSent++;
      this.observer?.docFrameSent(this);
    }
  }
}

/** A `CountingWebSocket` subclass that reports to `observer`; pass it as `WebSocketPolyfill`. */
export function countingWebSocketClass(observer: SocketObserver): typeof WebSocket {
  return class ObservedWebSocket extends CountingWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.observer = observer;
      observer.created(this);
    }
  };
}
