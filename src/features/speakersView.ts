import * as vscode from 'vscode';
import type { Article, Quote, ReportedSpeech, Speaker } from '../analysis/model';
import { quoteAt } from '../analysis/query';
import type { ArticleCache } from './articleCache';
import { excerpt } from './editorSpans';
import { countStatements, fullRole, type SpeakerCounts, statementSummary } from './labels';
import { isCommentInput, isNewsSource } from './newsSources';

type SortOrder = 'appearance' | 'quotes';

interface SpeakerNode {
  kind: 'speaker';
  speaker: Speaker;
  counts: SpeakerCounts;
  statements: StatementNode[];
}

interface StatementNode {
  kind: 'quote' | 'reported';
  parent: SpeakerNode;
  statement: Quote | ReportedSpeech;
  /** Position among the speaker's statements, for a stable tree id. */
  index: number;
}

type Node = SpeakerNode | StatementNode;

/** The tree's nodes for one analysis, built once and reused for every expand and reveal. */
class SpeakerTree {
  readonly speakers: SpeakerNode[];
  private readonly byStatement = new Map<Quote | ReportedSpeech, StatementNode>();

  constructor(
    readonly document: vscode.TextDocument,
    readonly article: Article,
  ) {
    const counts = countStatements(article);
    const nodes = new Map<string, SpeakerNode>();
    for (const speaker of article.speakers) {
      const speakerCounts = counts.get(speaker.id)!;
      if (speakerCounts.quotes || speakerCounts.reported) {
        nodes.set(speaker.id, { kind: 'speaker', speaker, counts: speakerCounts, statements: [] });
      }
    }
    const add = (kind: StatementNode['kind'], statement: Quote | ReportedSpeech, speakerId: string | null) => {
      const parent = speakerId ? nodes.get(speakerId) : undefined;
      if (!parent) return;
      const node: StatementNode = { kind, parent, statement, index: parent.statements.length };
      parent.statements.push(node);
      this.byStatement.set(statement, node);
    };
    for (const quote of article.quotes) add('quote', quote, quote.speaker);
    for (const statement of article.reported) add('reported', statement, statement.speaker);
    for (const node of nodes.values()) node.statements.sort((a, b) => a.statement.start - b.statement.start);
    this.speakers = [...nodes.values()];
  }

  sorted(order: SortOrder): SpeakerNode[] {
    // Quoted speakers first, then people whose speech is only reported; article order breaks ties.
    const rank = (node: SpeakerNode) => (node.counts.quotes ? 0 : 1);
    const byQuotes = (a: SpeakerNode, b: SpeakerNode) => (order === 'quotes' ? b.counts.quotes - a.counts.quotes : 0);
    return [...this.speakers].sort((a, b) => rank(a) - rank(b) || byQuotes(a, b));
  }

  nodeAt(offset: number): StatementNode | undefined {
    const quote = quoteAt(this.article, offset);
    const statement = quote ?? this.article.reported.find((r) => r.start <= offset && offset < r.end);
    return statement && this.byStatement.get(statement);
  }
}

function speakerTooltip(tree: SpeakerTree, node: SpeakerNode): vscode.MarkdownString {
  const { speaker } = node;
  const role = fullRole(speaker);
  const firstLine = tree.document.positionAt(speaker.mentions[0]?.start ?? speaker.introduction.start).line + 1;
  const lines = [`**${speaker.name}**`];
  if (role) lines.push(role);
  if (speaker.organization) lines.push(`Organization: ${speaker.organization}${speaker.abbreviation ? ` (${speaker.abbreviation})` : ''}`);
  lines.push(statementSummary(node.counts), `First mentioned on line ${firstLine}`);
  const tooltip = new vscode.MarkdownString(lines.join('\n\n'));
  tooltip.supportHtml = false;
  return tooltip;
}

class SpeakersProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  tree: SpeakerTree | undefined;

  constructor(private readonly sortOrder: () => SortOrder) {}

  show(tree: SpeakerTree | undefined): void {
    this.tree = tree;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.tree) return [];
    if (!node) return this.tree.sorted(this.sortOrder());
    return node.kind === 'speaker' ? node.statements : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'speaker' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const tree = this.tree!;
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(
        node.speaker.name,
        node.counts.quotes ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `speaker/${node.speaker.id}`;
      item.description = node.speaker.shortRole ?? '';
      item.tooltip = speakerTooltip(tree, node);
      item.iconPath = new vscode.ThemeIcon(node.counts.quotes ? 'account' : 'megaphone');
      item.contextValue = node.counts.quotes ? 'quotedSpeaker' : 'reportedSpeaker';
      item.accessibilityInformation = { label: `${node.speaker.name}, ${node.speaker.shortRole ?? 'no role given'}, ${statementSummary(node.counts)}` };
      return item;
    }
    const { statement } = node;
    const line = tree.document.positionAt(statement.start).line + 1;
    const text = node.kind === 'quote' ? `“${excerpt(statement.text)}”` : excerpt(statement.text);
    const item = new vscode.TreeItem(`line ${line} · ${text}`, vscode.TreeItemCollapsibleState.None);
    item.id = `speaker/${node.parent.speaker.id}/${node.kind}/${node.index}`;
    item.description = node.kind === 'reported' ? `reported · ${statement.cue?.text ?? ''}` : '';
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(node.kind === 'quote' ? '' : `*Reported (${statement.cue?.text ?? 'paraphrase'}):*\n\n`);
    tooltip.appendText(statement.text);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(node.kind === 'quote' ? 'quote' : 'comment');
    item.contextValue = node.kind;
    item.command = {
      command: 'newsLens.revealQuote',
      title: 'Go to Quote',
      arguments: [tree.document.uri.toString(), statement.start, statement.end],
    };
    return item;
  }
}

function configuredSortOrder(): SortOrder {
  return vscode.workspace.getConfiguration('newsLens.speakers').get<SortOrder>('sortBy', 'appearance');
}

export interface SpeakersView extends vscode.Disposable {
  /** What the view shows, for the extension's API (other extensions and the integration tests). */
  readonly treeDataProvider: vscode.TreeDataProvider<unknown>;
}

export function registerSpeakersView(articles: ArticleCache): SpeakersView {
  const provider = new SpeakersProvider(configuredSortOrder);
  const view = vscode.window.createTreeView('newsLens.speakers', { treeDataProvider: provider, showCollapseAll: true });

  const showDocument = (document: vscode.TextDocument | undefined) => {
    const article = document && articles.get(document);
    provider.show(article ? new SpeakerTree(document, article) : undefined);
    view.description = document && article ? vscode.workspace.asRelativePath(document.uri) : undefined;
  };
  const setSortContext = () => vscode.commands.executeCommand('setContext', 'newsLens.speakers.sortBy', configuredSortOrder());
  const setSortOrder = (order: SortOrder) =>
    vscode.workspace.getConfiguration('newsLens.speakers').update('sortBy', order, vscode.ConfigurationTarget.Global);

  /** Reveals the quote under the cursor, without taking focus from the editor. */
  const followCursor = (event: vscode.TextEditorSelectionChangeEvent) => {
    const tree = provider.tree;
    if (!view.visible || !tree || event.textEditor.document !== tree.document) return;
    if (!vscode.workspace.getConfiguration('newsLens.speakers').get<boolean>('followCursor', true)) return;
    const node = tree.nodeAt(tree.document.offsetAt(event.selections[0].active));
    if (node) void view.reveal(node, { select: true, focus: false, expand: true });
  };

  void setSortContext();
  showDocument(vscode.window.activeTextEditor?.document);
  const disposable = vscode.Disposable.from(
    view,
    articles.onDidChange((document) => {
      if (document === vscode.window.activeTextEditor?.document) showDocument(document);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Focus moving to a panel or the view itself leaves no active editor: keep showing the last article.
      if (editor && !isCommentInput(editor)) showDocument(isNewsSource(editor.document) ? editor.document : undefined);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === provider.tree?.document) showDocument(undefined);
    }),
    vscode.window.onDidChangeTextEditorSelection(followCursor),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.speakers.sortBy')) {
        void setSortContext();
        provider.show(provider.tree);
      }
    }),
    vscode.commands.registerCommand('newsLens.speakers.sortByAppearance', () => setSortOrder('appearance')),
    vscode.commands.registerCommand('newsLens.speakers.sortByQuotes', () => setSortOrder('quotes')),
    vscode.commands.registerCommand('newsLens.speakers.refresh', () => {
      const document = provider.tree?.document ?? vscode.window.activeTextEditor?.document;
      if (document) articles.refresh(document, { force: true });
    }),
  );
  return { treeDataProvider: provider as vscode.TreeDataProvider<unknown>, dispose: () => disposable.dispose() };
}
