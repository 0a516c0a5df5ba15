// The Fact-Checks view: the active article's notes grouped by verdict, each with the claim's words
// and who said them; notes whose words are gone are listed under "Orphaned", ready to be re-attached.
import * as vscode from 'vscode';
import { orderVerdicts, type Note } from '../factcheck';
import type { ArticleCache } from './articleCache';
import { excerpt } from './editorSpans';
import { verdictColor } from './factCheckDecorations';
import { type ArticleNotes, type FactCheckNotes, claimSpeaker, configuredVerdicts } from './factCheckNotes';
import { plural } from './labels';
import { isCommentInput, isNewsSource } from './newsSources';

interface GroupNode {
  kind: 'group';
  /** null for the orphans. */
  verdict: string | null;
  children: NoteNode[];
}

/** `noteId` and `uri` make a node a valid argument of the reveal and attach commands. */
interface NoteNode {
  kind: 'note';
  noteId: string;
  uri: vscode.Uri;
  note: Note;
  speaker: string | undefined;
  parent: GroupNode;
}

type Node = GroupNode | NoteNode;

/** What `newsLens.factCheck.refresh` returns: the notes of an article as loaded now. */
export interface FactCheckStatus {
  article: vscode.Uri;
  notesFile: vscode.Uri;
  /** Why the notes cannot be changed, or null. */
  readOnly: string | null;
  /** The notes file's parse error, or null. */
  problem: { line: number | null; reason: string } | null;
  notes: { id: string; verdict: string; status: string; exact: string; replies: number; range: vscode.Range | null }[];
}

function groupsOf(article: ArticleNotes, speakerOf: (note: Note) => string | undefined): GroupNode[] {
  const anchored = article.notes.filter((note) => article.span(note.id)).sort((a, b) => article.span(a.id)!.start - article.span(b.id)!.start);
  const groups = orderVerdicts(anchored.map((note) => note.verdict), configuredVerdicts()).map((verdict): GroupNode => ({ kind: 'group', verdict, children: [] }));
  const byVerdict = new Map(groups.map((group) => [group.verdict, group]));
  const orphaned: GroupNode = { kind: 'group', verdict: null, children: [] };
  const add = (group: GroupNode, note: Note) => group.children.push({ kind: 'note', noteId: note.id, uri: article.uri, note, speaker: speakerOf(note), parent: group });
  for (const note of anchored) add(byVerdict.get(note.verdict)!, note);
  for (const note of article.orphans) add(orphaned, note);
  return orphaned.children.length ? [...groups, orphaned] : groups;
}

function noteTooltip(node: NoteNode): vscode.MarkdownString {
  const { note } = node;
  const tooltip = new vscode.MarkdownString();
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendText(`${note.verdict}${note.status === 'resolved' ? ' (resolved)' : ''} · ${note.author}${node.speaker ? ` · said by ${node.speaker}` : ''}\n\n`);
  tooltip.appendText(`“${excerpt(note.selector.quote.exact, 300)}”`);
  if (note.body.trim()) tooltip.appendMarkdown('\n\n---\n\n').appendMarkdown(note.body);
  return tooltip;
}

class FactChecksProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  article: ArticleNotes | undefined;
  private groups: GroupNode[] = [];

  constructor(private readonly articles: ArticleCache) {}

  show(article: ArticleNotes | undefined): void {
    this.article = article;
    const analysis = article && this.articles.get(article.document);
    const speakerOf = (note: Note) => {
      const span = article?.span(note.id);
      return analysis && span ? claimSpeaker(analysis, span)?.name : undefined;
    };
    this.groups = article ? groupsOf(article, speakerOf) : [];
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups;
    return node.kind === 'group' ? node.children : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'note' ? node.parent : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const orphans = node.verdict === null;
      const item = new vscode.TreeItem(orphans ? 'Orphaned' : node.verdict!, vscode.TreeItemCollapsibleState.Expanded);
      item.id = orphans ? 'orphaned' : `verdict/${node.verdict}`;
      item.description = String(node.children.length);
      item.iconPath = orphans ? new vscode.ThemeIcon('debug-disconnect') : new vscode.ThemeIcon('circle-filled', verdictColor(node.verdict!));
      item.tooltip = orphans
        ? 'Notes whose words are no longer in the article. They stay in the notes file; attach each to new words with the pin button.'
        : `${plural(node.children.length, 'fact-check')} rated ${node.verdict}`;
      item.contextValue = orphans ? 'orphanGroup' : 'verdictGroup';
      return item;
    }
    const { note } = node;
    const orphan = node.parent.verdict === null;
    const item = new vscode.TreeItem(`“${excerpt(note.selector.quote.exact)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `note/${note.id}`;
    const details = [orphan ? note.verdict : node.speaker, note.status === 'resolved' ? 'resolved' : undefined, note.replies.length ? plural(note.replies.length, 'reply', 'replies') : undefined];
    item.description = details.filter(Boolean).join(' · ');
    item.tooltip = noteTooltip(node);
    item.iconPath = new vscode.ThemeIcon(note.status === 'resolved' ? 'pass' : 'comment-discussion');
    item.contextValue = orphan ? 'orphanedNote' : 'factCheck';
    item.accessibilityInformation = {
      label: `${orphan ? 'Orphaned fact-check' : 'Fact-check'}, ${note.verdict}, ${note.status}, on ${excerpt(note.selector.quote.exact, 120)}${node.speaker ? `, said by ${node.speaker}` : ''}`,
    };
    item.command = { command: 'newsLens.factCheck.reveal', title: 'Reveal Fact-Check', arguments: [{ noteId: note.id, uri: node.uri }] };
    return item;
  }
}

function status(notes: FactCheckNotes, article: ArticleNotes): FactCheckStatus {
  return {
    article: article.uri,
    notesFile: article.file.uri,
    readOnly: notes.readOnlyReason(article) ?? null,
    problem: article.problem ? { line: article.problem.line, reason: article.problem.reason } : null,
    notes: article.notes.map((note) => {
      const span = article.span(note.id);
      return {
        id: note.id,
        verdict: note.verdict,
        status: note.status,
        exact: note.selector.quote.exact,
        replies: note.replies.length,
        range: span ? new vscode.Range(article.document.positionAt(span.start), article.document.positionAt(span.end)) : null,
      };
    }),
  };
}

export function registerFactCheckView(notes: FactCheckNotes, articles: ArticleCache): vscode.Disposable {
  const provider = new FactChecksProvider(articles);
  const view = vscode.window.createTreeView('newsLens.factChecks', { treeDataProvider: provider, showCollapseAll: true });

  const show = (article: ArticleNotes | undefined) => {
    provider.show(article);
    view.description = article ? vscode.workspace.asRelativePath(article.uri) : undefined;
    view.message = article && notes.readOnlyReason(article);
    const open = article?.notes.filter((note) => note.status === 'open').length ?? 0;
    view.badge = open ? { value: open, tooltip: `${plural(open, 'open fact-check')}` } : undefined;
  };
  const showActive = () => {
    const editor = vscode.window.activeTextEditor;
    // Focus in a panel or the view leaves no active editor, and a thread's input box is an editor of
    // its own (scheme `comment`): keep showing the last article.
    if (editor && !isCommentInput(editor)) show(isNewsSource(editor.document) ? notes.get(editor.document.uri) : undefined);
  };
  const isShown = (article: ArticleNotes) => article.key === vscode.window.activeTextEditor?.document.uri.toString() || article === provider.article;

  /** Writes what is pending, reads the notes file again and re-anchors: returns the notes as they are then. */
  const refresh = async (uri?: vscode.Uri | string): Promise<FactCheckStatus | undefined> => {
    const document = uri ? await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri) : vscode.window.activeTextEditor?.document;
    const article = document && (await notes.ready(document));
    if (!article) {
      void vscode.window.showInformationMessage('News Lens: open a news source to see its fact-checks.');
      return undefined;
    }
    await notes.flush(article);
    await notes.reload(article, { force: true });
    return status(notes, article);
  };

  showActive();
  return vscode.Disposable.from(
    view,
    notes.onDidChange(({ article }) => {
      if (isShown(article)) show(article);
    }),
    notes.onDidUnload((article) => {
      if (article === provider.article) show(undefined);
    }),
    articles.onDidChange((document) => {
      const article = notes.get(document.uri);
      if (article && article === provider.article) show(article);
    }),
    vscode.window.onDidChangeActiveTextEditor(showActive),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.factCheck.verdicts')) show(provider.article);
    }),
    vscode.commands.registerCommand('newsLens.factCheck.refresh', refresh),
  );
}
