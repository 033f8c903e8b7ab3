import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { TITLE_FIELD, useBrowserId, useCollabDoc, type CollabSession, type UserIdentity } from '@tandem/client';
import { Brand } from '../app/Brand';
import { relayTransport, relayWebSocketUrl } from '../app/relay-url';
import { useIdentity } from '../identity/IdentityContext';
import { createEditorExtensions } from './editor-extensions';
import { PresenceBar } from './PresenceBar';
import { ShareButton } from './ShareButton';
import { StatusIndicator } from './StatusIndicator';
import { TitleInput } from './TitleInput';
import { Toolbar } from './Toolbar';
import { useDocumentTitle } from './use-document-title';
import { accessTokenFor } from './access-token';
import { useLocalDocRecord } from '../home/use-local-doc-record';
import { wasCreatedHere } from './created-here';
import { DocumentLoading } from './DocumentLoading';
import { RefusalNotice } from './RefusalNotice';
import { DocumentMenu } from '../history/DocumentMenu';
import type { PreviewedVersion } from '../history/HistoryPanel';
import '../history/history.css';
import './document-state.css';

// The history panel and a version's preview load when first opened: most visits never open
// them, and the editor chunk is the page's largest download (scripts/bundle-report.mjs).
const HistoryPanel = lazy(() => import('../history/HistoryPanel').then((module) => ({ default: module.HistoryPanel })));
const VersionPane = lazy(() => import('../history/VersionPane').then((module) => ({ default: module.VersionPane })));

/** One document: header with status and people, toolbar, title and body. */
export function DocumentPage({ docId, navigate }: { docId: string; navigate: (path: string) => void }) {
  const token = useMemo(() => accessTokenFor(docId), [docId]);
  const isNew = useMemo(() => wasCreatedHere(docId), [docId]);
  const { session, isReady, isReadOnly, canEdit } = useCollabDoc({ serverUrl: relayWebSocketUrl(), docName: docId, token, isNew, transport: relayTransport() });
  const { identity } = useIdentity();
  // The per-browser id groups this person's tabs into one avatar for everyone else.
  const id = useBrowserId();
  const user = useMemo(() => ({ ...identity, id }), [identity, id]);
  const title = useDocumentTitle(session);
  useLocalDocRecord(session);
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);

  return (
    <div className={isHistoryOpen ? 'shell shell--document shell--history' : 'shell shell--document'}>
      <header className="topbar">
        <Brand navigate={navigate} />
        <span className="topbar__doc" aria-hidden="true">
          {title || 'Untitled'}
        </span>
        <div className="topbar__spacer" />
        {isReadOnly && <span className="badge">View only</span>}
        <StatusIndicator session={session} />
        <ShareButton docId={docId} title={title} token={token} awareness={session?.awareness ?? null} isReadOnly={isReadOnly} />
        <PresenceBar awareness={session?.awareness ?? null} />
        <DocumentMenu docId={docId} title={title} token={token} onOpenHistory={() => setIsHistoryOpen(true)} />
      </header>
      <RefusalNotice session={session} navigate={navigate} />
      {session && isReady ? (
        <DocumentEditor
          key={session.docName}
          session={session}
          user={user}
          canEdit={canEdit}
          history={isHistoryOpen ? { docId, token, onClose: () => setIsHistoryOpen(false) } : null}
        />
      ) : (
        <DocumentLoading session={session} />
      )}
    </div>
  );
}

/** The history panel's needs, while it is open. */
interface HistorySetup {
  readonly docId: string;
  readonly token: string | null;
  readonly onClose: () => void;
}

/**
 * The editor proper; mounted once the session's content is known, never on "not loaded yet".
 * Editable only while `canEdit` (not a viewer, not refused by the relay). With the history
 * panel open, a previewed version takes the sheet's place; the editor stays mounted (hidden)
 * so collaboration and this person's undo history go on.
 */
function DocumentEditor({ session, user, canEdit, history }: { session: CollabSession; user: UserIdentity; canEdit: boolean; history: HistorySetup | null }) {
  const [isLinkOpen, setIsLinkOpen] = useState(false);
  const [preview, setPreview] = useState<PreviewedVersion | null>(null);
  const userRef = useRef(user);
  const extensions = useMemo(
    () => createEditorExtensions({ session, user: userRef.current, onLinkShortcut: () => setIsLinkOpen(true) }),
    [session],
  );
  const editor = useEditor(
    {
      extensions,
      // Created in an effect, not during render: creating it publishes our presence, and
      // other components must not be updated while this one renders.
      immediatelyRender: false,
      editable: canEdit,
      editorProps: {
        attributes: { class: 'prose', 'aria-label': 'Document body', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' },
      },
    },
    [extensions],
  );
  useEffect(() => {
    editor?.setEditable(canEdit);
  }, [editor, canEdit]);
  useEffect(() => {
    userRef.current = user;
    editor?.commands.updateUser(user);
  }, [editor, user]);
  const onLinkOpenChange = useCallback(
    (isOpen: boolean) => {
      setIsLinkOpen(isOpen);
      if (!isOpen) editor?.commands.focus();
    },
    [editor],
  );
  const title = useMemo(() => session.doc.getText(TITLE_FIELD), [session]);

  const shownPreview = history ? preview : null;

  if (!editor) return null;
  return (
    <>
      {canEdit && !shownPreview && (
        <div className="toolbar-dock">
          <Toolbar editor={editor} isLinkOpen={isLinkOpen} onLinkOpenChange={onLinkOpenChange} />
        </div>
      )}
      {shownPreview && (
        <Suspense fallback={null}>
          <VersionPane editor={editor} title={title} preview={shownPreview} canEdit={canEdit} onDone={() => setPreview(null)} />
        </Suspense>
      )}
      <main className={canEdit ? 'sheet' : 'sheet sheet--read-only'} data-document-state="ready" hidden={shownPreview !== null}>
        <TitleInput
          text={title}
          isReadOnly={!canEdit}
          onEnter={() => {
            // Focus now: TipTap's focus command focuses on the next animation frame, and keys
            // typed before it (a fast typist's next word) would land nowhere.
            editor.view.focus();
            editor.commands.focus('start');
          }}
        />
        <EditorContent editor={editor} className="editor" />
      </main>
      {history && (
        <Suspense fallback={null}>
          <HistoryPanel
            docId={history.docId}
            token={history.token}
            canEdit={canEdit}
            selectedId={shownPreview?.version.id ?? null}
            onPreview={setPreview}
            onClose={() => {
              setPreview(null);
              history.onClose();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
