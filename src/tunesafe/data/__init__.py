"""Loading user data and public benchmarks into `Conversation`s."""

from tunesafe.data.formats import FORMATS, ColumnMap, LoadResult, inspect_file, load_conversations

__all__ = ["FORMATS", "ColumnMap", "LoadResult", "inspect_file", "load_conversations"]
