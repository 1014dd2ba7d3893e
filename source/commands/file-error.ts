/** Why a file-system call failed, in words for a `copydesk: error:` line (the errno's meaning, not Node's raw message). */
export function fileErrorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const reasons: Record<string, string> = {
		ENOENT: 'no such file or directory',
		ENOTDIR: 'a part of the path is a file, not a directory',
		EEXIST: 'exists and is not a directory',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EROFS: 'read-only file system',
		ENOSPC: 'no space left on the device',
		EDQUOT: 'disk quota exceeded',
		EISDIR: 'is a directory',
		ENAMETOOLONG: 'file name too long',
	};
	return (code !== undefined && reasons[code]) || code || (error as Error).message;
}
