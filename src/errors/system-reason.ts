import { type LocalizedText, localized } from '../text/localized-text';

// What the common system error codes mean, in Chinese.
const REASONS_ZH: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有权限',
  EPERM: '不允许此操作',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一部分不是文件夹',
  EEXIST: '文件已存在',
  EMFILE: '打开的文件过多',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统是只读的',
  EBUSY: '文件正被占用',
  EDQUOT: '超出磁盘配额',
  ENAMETOOLONG: '文件名过长',
  EADDRINUSE: '端口已被占用',
  EADDRNOTAVAIL: '地址不可用',
  EIO: '输入/输出错误（磁盘、设备或网络文件系统出错）',
  EAGAIN: '资源暂时不可用，请稍后再试',
  EINVAL: '参数无效（如对该文件不能进行此操作）',
  ELOOP: '符号链接过多（可能互相指向）',
  ENXIO: '设备或地址不存在',
  ENODEV: '设备不存在',
  EFBIG: '文件过大',
  ENOMEM: '内存不足',
  ENFILE: '系统中打开的文件过多',
  ETXTBSY: '文件正在被执行',
  ESPIPE: '不能在管道中定位',
  EPIPE: '管道的另一端已关闭',
  ECONNRESET: '连接被对方重置',
  ETIMEDOUT: '操作超时',
  ESTALE: '网络文件已失效（在服务器上被删除或移动）',
  ENOTEMPTY: '文件夹不是空的',
  EXDEV: '不能跨文件系统移动',
  ENOTSUP: '不支持此操作',
  EOPNOTSUPP: '不支持此操作',
  ENOSYS: '系统不支持此功能',
  EBADF: '文件描述符无效',
  EINTR: '操作被中断',
  ECANCELED: '操作已取消',
  EOVERFLOW: '数值超出范围（文件过大）',
};

/** A system error code (errno: `EIO`, `EXDEV`), not a library's own (`ERR_INVALID_ARG_TYPE`). */
function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * A rare system error code's text, naming the code (what to search for) and, in English, the system's own
 * words for it (`EIO: i/o error, read` → "system error EIO (i/o error)").
 */
function rareErrno(code: string, message: string): LocalizedText {
  const words = new RegExp(`^${code}: ([^,]+)`).exec(message)?.[1];
  return localized(`系统错误 ${code}`, `system error ${code}${words ? ` (${words})` : ''}`);
}

/**
 * Why the system (or a library) failed, in both languages: in English its own
 * message, first line; in Chinese the words for a common error code, any other
 * system error code named as one (`系统错误 EXDEV`), else a library's message
 * quoted as it is (qgrade cannot know every library's words).
 *
 * @example
 * systemReason(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })).zh // '没有权限'
 */
export function systemReason(error: unknown): LocalizedText {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const code = errnoCode(error);
  const zh = code === undefined ? undefined : (REASONS_ZH[code] ?? rareErrno(code, message).zh);
  return localized(zh ?? `系统信息“${message}”`, message);
}

// The same, in English words for someone who does not read error codes.
const REASONS_EN: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EEXIST: 'the file already exists',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the file system is read-only',
  EBUSY: 'the file is in use',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  EADDRINUSE: 'the port is already in use',
  EADDRNOTAVAIL: 'the address is not available',
  EIO: 'an input/output error (the disk, device or network file system failed)',
  EAGAIN: 'resource temporarily unavailable, try again later',
  EINVAL: 'invalid argument (an operation this file does not allow)',
  ELOOP: 'too many symbolic links (they may point at each other)',
  ENXIO: 'no such device or address',
  ENODEV: 'no such device',
  EFBIG: 'the file is too large',
  ENOMEM: 'out of memory',
  ENFILE: 'too many open files in the system',
  ETXTBSY: 'the file is being executed',
  ESPIPE: 'cannot seek in a pipe',
  EPIPE: 'the other end of the pipe is closed',
  ECONNRESET: 'connection reset by the other side',
  ETIMEDOUT: 'timed out',
  ESTALE: 'the network file is stale (removed or moved on the server)',
  ENOTEMPTY: 'the folder is not empty',
  EXDEV: 'cannot move across file systems',
  ENOTSUP: 'operation not supported',
  EOPNOTSUPP: 'operation not supported',
  ENOSYS: 'the system does not support this',
  EBADF: 'bad file descriptor',
  EINTR: 'interrupted',
  ECANCELED: 'cancelled',
  EOVERFLOW: 'value too large (the file is too large)',
};

/**
 * Why a file could not be read or written, in both languages: the words
 * for a common error code in each, any other system error code named as one
 * (`system error EXDEV (cross-device link not permitted)`), else as
 * {@link systemReason} says.
 *
 * @example
 * fileReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })).en // 'no space left on the disk'
 */
export function fileReason(error: unknown): LocalizedText {
  const code = errnoCode(error);
  const reason = systemReason(error);
  if (code === undefined) return reason;
  return localized(reason.zh, REASONS_EN[code] ?? rareErrno(code, reason.en).en);
}

/**
 * Why `JSON.parse` refused a text, in both languages: its own message in
 * English; in Chinese what went wrong and where, when it says.
 */
export function jsonReason(error: unknown): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
  const position = /at position (\d+)/.exec(message)?.[1];
  const zh = /end of JSON input/.test(message)
    ? '内容意外结束（可能缺少括号或引号）'
    : token !== undefined
      ? `出现了意外的字符“${token}”`
      : position !== undefined
        ? `第 ${Number(position) + 1} 个字符处有误`
        : '格式有误';
  return localized(zh, message);
}
