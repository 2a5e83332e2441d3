/**
 * CodeMirror's own words (the search and go-to-line panels, the lint panel,
 * completion and folding labels, screen-reader announcements) in Chinese,
 * keyed by the English phrase CodeMirror asks `EditorState.phrase` for. The
 * English page uses CodeMirror's words as they are.
 */
export const EDITOR_PHRASES_ZH: Readonly<Record<string, string>> = {
  // @codemirror/search: the search panel
  Find: '查找',
  Replace: '替换',
  next: '下一个',
  previous: '上一个',
  all: '全部选中',
  'match case': '区分大小写',
  regexp: '正则表达式',
  'by word': '全字匹配',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前匹配',
  'on line': '所在行',
  'replaced $ matches': '已替换 $ 处',
  'replaced match on line $': '已替换第 $ 行的匹配',
  // @codemirror/search: go to line (Ctrl+Alt+G)
  'Go to line': '转到行',
  go: '转到',
  // @codemirror/lint
  Diagnostics: '问题',
  'No diagnostics': '没有问题',
  // @codemirror/autocomplete
  Completions: '补全',
  // @codemirror/language: folding
  'Folded lines': '已折叠行',
  'Unfolded lines': '已展开行',
  to: '至',
  'Fold line': '折叠',
  'Unfold line': '展开',
  'folded code': '已折叠的代码',
  unfold: '展开',
  // @codemirror/view, @codemirror/commands
  'Control character': '控制字符',
  'Selection deleted': '已删除所选内容',
};
