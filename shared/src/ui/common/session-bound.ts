import { LitElement, type PropertyDeclarations } from 'lit';
import type { Id, Locale, Session } from '../../model/types';
import type { Store, StoreChange } from '../../store/port';
import { saverFor, type ChangeContextSource, type RecordSaver } from './record-saver';

/**
 * Base of the components that work on one session straight from the store: the debrief, the
 * feedback composer and the action list. They need only a Store, a locale, a ChangeContext
 * source and a session id, so the VS Code webview can mount them as they are.
 */
export class SessionBoundElement extends LitElement {
  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    locale: { type: String },
    changeContext: { attribute: false },
    sessionId: { type: String, attribute: 'session-id' },
    session: { state: true },
  };
  declare store: Store | undefined;
  declare locale: Locale;
  declare changeContext: ChangeContextSource;
  declare sessionId: Id | undefined;
  declare session: Session | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.store = undefined;
    this.locale = 'en';
    this.changeContext = () => ({ actor: 'local', now: new Date() });
    this.sessionId = undefined;
    this.session = undefined;
  }

  protected get saver(): RecordSaver | undefined {
    return this.store ? saverFor(this.store, this.changeContext) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('store')) this.listen();
    if (changed.has('store') || changed.has('sessionId')) void this.reload();
  }

  /** Read the session and whatever else the component shows. */
  protected async reload(): Promise<void> {
    const saver = this.saver;
    if (!this.store || !saver || !this.sessionId) {
      this.session = undefined;
      return;
    }
    const stored = await this.store.get('session', this.sessionId);
    if (stored) saver.observe(stored);
    this.session = stored ? saver.current(stored) : undefined;
    await this.loadRelated();
  }

  /** Subclasses load their related records here. */
  protected async loadRelated(): Promise<void> {}

  /** Whether a store change concerns this component; by default anything about the session. */
  protected concerns(change: StoreChange): boolean {
    return change.records.some(
      (r) => r.id === this.sessionId || ('sessionId' in r && r.sessionId === this.sessionId),
    );
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.store?.subscribe((change) => {
      // Own edits are already on screen; reload for writes from elsewhere (another tab).
      if (this.concerns(change) && !this.saver?.hasPending) void this.reload();
    });
  }
}
