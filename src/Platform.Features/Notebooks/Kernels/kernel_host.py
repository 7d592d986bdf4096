"""Runs one IPython kernel inside the notebook sandbox and relays it to the service.

The service writes one JSON request per line on stdin and reads one JSON message per line from stdout; the kernel is
spoken to through the Jupyter messaging protocol by jupyter_client. Requests:
  {"op": "execute", "id": ..., "code": ...}            -> "output" messages, then one "done"
  {"op": "interrupt", "id": ...}                       -> that execution stops: SIGINT if it runs (the kernel's
                                                          variables survive), "done" with status "aborted" if it waits
  {"op": "tool", "id": ..., "tool": ..., "code": ..., "line": ..., "column": ...} -> one "tool" answer
  {"op": "packages", "id": ...}                        -> one "packages" answer (what is importable)
Started with --tools, it answers "tool" requests without a kernel (Jedi on the code alone).
"""
import json
import os
import queue
import signal
import sys
import threading
import time
import traceback

OUTPUT_CAP = int(os.environ.get("PLATFORM_OUTPUT_CAP", "2000000"))
_write_lock = threading.Lock()


def send(message):
    line = json.dumps(message, default=str)
    with _write_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


PRELUDE = r'''
def __platform_setup():
    import json as _json, os as _os, sys as _sys

    _sys.path.insert(0, "/scratch/.packages")

    class _PlatformData:
        """platform.dataset("name") reads one of the notebook's datasets (mounted read-only) as a pandas DataFrame."""

        folder = "/data"

        def datasets(self):
            return sorted(
                _json.load(open(_os.path.join(self.folder, f)))["name"]
                for f in _os.listdir(self.folder) if f.endswith(".json"))

        def dataset(self, name):
            for f in sorted(_os.listdir(self.folder)):
                if not f.endswith(".json"):
                    continue
                meta = _json.load(open(_os.path.join(self.folder, f)))
                if name in (meta["name"], meta["tableName"]) or name.lower() in (meta["name"].lower(), meta["tableName"]):
                    return self._read(meta)
            raise KeyError(f"No dataset named {name!r} in this notebook; there are: {', '.join(self.datasets()) or 'none'}")

        def _read(self, meta):
            import pandas as pd
            pd.set_option("display.html.table_schema", True)
            dtypes, dates = {}, []
            for column in meta["columns"]:
                kind = column["type"].upper()
                if kind in ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER"):
                    dtypes[column["name"]] = "Int64"
                elif kind in ("DOUBLE", "FLOAT", "REAL") or kind.startswith("DECIMAL"):
                    dtypes[column["name"]] = "float64"
                elif kind == "BOOLEAN":
                    dtypes[column["name"]] = "boolean"
                elif kind.startswith("DATE") or kind.startswith("TIMESTAMP"):
                    dates.append(column["name"])
                else:
                    dtypes[column["name"]] = "string"
            return pd.read_csv(_os.path.join(self.folder, meta["file"]), dtype=dtypes, parse_dates=dates, keep_default_na=True)

    class _Tools:
        """Editor help from Jedi over the session's live variables."""

        def _script(self, code):
            import jedi
            return jedi.Interpreter(code, [get_ipython().user_ns])

        def run(self, request_json):
            import kernel_host
            request = _json.loads(request_json)
            return _json.dumps(kernel_host.tool(request, self._script(request["code"]), set(get_ipython().user_ns)))

    # pandas and matplotlib are imported when first used (matplotlib draws inline: ipykernel sets MPLBACKEND).
    get_ipython().user_ns["platform"] = _PlatformData()
    get_ipython().user_ns["__platform_tools__"] = _Tools()

__platform_setup()
del __platform_setup
'''


def tool(request, script, known_names):
    """Completions, hover, signatures or diagnostics for one place in one piece of code."""
    kind, line, column = request["tool"], request.get("line", 1), request.get("column", 0)
    if kind == "completions":
        return [{"label": c.name, "kind": c.type, "insert": c.complete} for c in script.complete(line, column)[:200]]
    if kind == "hover":
        names = script.help(line, column) or script.infer(line, column)
        return [{"name": n.name, "kind": n.type, "signature": ", ".join(s.to_string() for s in n.get_signatures()),
                 "doc": n.docstring(raw=True)[:4000]} for n in names[:5]]
    if kind == "signatures":
        return [{"label": s.to_string(), "index": s.index, "params": [p.name for p in s.params]} for s in script.get_signatures(line, column)]
    if kind == "diagnostics":
        found = [{"line": e.line, "column": e.column, "severity": "error", "message": e.get_message()} for e in script.get_syntax_errors()]
        if not found:
            found = flakes(request["code"], known_names)
        return found
    raise ValueError(f"unknown tool {kind}")


def flakes(code, known_names):
    import ast
    from pyflakes import checker
    tree = ast.parse(code)
    result = checker.Checker(tree, builtins=set(known_names) | {"platform", "display", "get_ipython"})
    return [{"line": m.lineno, "column": getattr(m, "col", 0), "severity": "warning", "message": m.message % m.message_args}
            for m in sorted(result.messages, key=lambda m: m.lineno)]


def packages():
    """Python's version and the distributions importable here, with those installed into the session's scratch."""
    from importlib import metadata
    found = {d.metadata["Name"]: d.version for d in metadata.distributions(path=["/scratch/.packages"] + sys.path) if d.metadata["Name"]}
    return {"python": sys.version.split()[0],
            "packages": [{"name": name, "version": found[name]} for name in sorted(found, key=str.lower)]}


def code_only(code):
    """Jedi over the code alone, inside this process: its default environment asks a fresh interpreter for its
    version, and a sandbox short of processes makes that fail now and then."""
    import jedi
    return jedi.Script(code, environment=jedi.InterpreterEnvironment())


def run_tools_only():
    for raw in sys.stdin:
        request = json.loads(raw)
        try:
            if request["op"] == "packages":
                send({"id": request["id"], "type": "packages", "result": packages()})
            else:
                send({"id": request["id"], "type": "tool", "result": tool(request, code_only(request["code"]), set())})
        except Exception as e:
            send({"id": request["id"], "type": "tool", "error": f"{type(e).__name__}: {e}"})


class Host:
    def __init__(self):
        from jupyter_client.manager import KernelManager
        self.manager = KernelManager(kernel_name="python3")
        self.requests = queue.Queue()
        self.busy = False
        self.current = None
        # Whether the current execution has begun in the kernel: SIGINT sent before that is ignored by an idle kernel.
        self.begun = False
        self.signalling = threading.Lock()
        self.interrupted = set()
        self.start_kernel()

    def start_kernel(self):
        self.manager.start_kernel(extra_arguments=["--HistoryManager.enabled=False", "--InteractiveShell.colors=NoColor"])
        self.client = self.manager.blocking_client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=60)
        reply = self.execute_quietly(PRELUDE)
        if reply["content"]["status"] != "ok":
            raise RuntimeError("the prelude failed: " + " ".join(reply["content"].get("traceback", [])))

    def execute_quietly(self, code, user_expressions=None):
        msg_id = self.client.execute(code, silent=True, store_history=False, user_expressions=user_expressions or {})
        return self.shell_reply(msg_id, timeout=60)

    def shell_reply(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            message = self.client.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if message["parent_header"].get("msg_id") == msg_id:
                return message

    def serve(self):
        threading.Thread(target=self.work, daemon=True).start()
        send({"type": "ready", "python": sys.version.split()[0], "kernel": self.manager.kernel_name})
        for raw in sys.stdin:
            request = json.loads(raw)
            op = request["op"]
            if op == "interrupt":
                with self.signalling:
                    self.interrupted.add(request["id"])
                    if self.current == request["id"] and self.begun:
                        self.manager.interrupt_kernel()
            elif op == "tool" and self.busy:
                # The kernel is running a cell: answer from the code alone rather than wait behind it.
                try:
                    send({"id": request["id"], "type": "tool", "result": tool(request, code_only(request["code"]), set())})
                except Exception as e:
                    send({"id": request["id"], "type": "tool", "error": f"{type(e).__name__}: {e}"})
            elif op == "packages":
                send({"id": request["id"], "type": "packages", "result": packages()})
            elif op == "shutdown":
                break
            else:
                self.requests.put(request)
        self.manager.shutdown_kernel(now=True)

    def work(self):
        while True:
            request = self.requests.get()
            try:
                if request["op"] == "execute" and request["id"] in self.interrupted:
                    self.aborted(request["id"])
                elif request["op"] == "execute":
                    self.busy = True
                    with self.signalling:
                        self.current = request["id"]
                        self.begun = False
                    try:
                        self.execute(request)
                    finally:
                        with self.signalling:
                            self.current = None
                        self.busy = False
                        self.end_strays()
                elif request["op"] == "tool":
                    self.run_tool(request)
            except Exception as e:
                send({"id": request.get("id"), "type": "fatal", "message": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()})

    def run_tool(self, request):
        expression = "__platform_tools__.run(" + repr(json.dumps(request)) + ")"
        reply = self.execute_quietly("", {"answer": expression})
        answer = reply["content"].get("user_expressions", {}).get("answer", {})
        if answer.get("status") != "ok":
            send({"id": request["id"], "type": "tool", "error": answer.get("ename", "error") + ": " + answer.get("evalue", "")})
            return
        import ast
        send({"id": request["id"], "type": "tool", "result": json.loads(ast.literal_eval(answer["data"]["text/plain"]))})

    def execute(self, request):
        run_id = request["id"]
        msg_id = self.client.execute(request["code"], store_history=True, allow_stdin=False, stop_on_error=False)
        written = 0
        truncated = False
        while True:
            try:
                message = self.client.get_iopub_msg(timeout=0.5)
            except queue.Empty:
                if not self.manager.is_alive():
                    self.kernel_died(run_id)
                    return
                continue
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "execute_input":
                # The kernel publishes its input once its handler catches SIGINT: an interrupt that came earlier is sent now.
                with self.signalling:
                    self.begun = True
                    if run_id in self.interrupted:
                        self.manager.interrupt_kernel()
                continue
            if kind == "status":
                send({"id": run_id, "type": "output", "msg_type": "status", "content": {"execution_state": content["execution_state"]}})
                if content["execution_state"] == "idle":
                    break
                continue
            if kind not in ("stream", "display_data", "execute_result", "error", "update_display_data", "clear_output"):
                continue
            size = len(json.dumps(content))
            if written + size > OUTPUT_CAP:
                if not truncated:
                    truncated = True
                    send({"id": run_id, "type": "output", "msg_type": "stream",
                          "content": {"name": "stderr", "text": f"[output beyond {OUTPUT_CAP} bytes was dropped]\n"}})
                continue
            written += size
            send({"id": run_id, "type": "output", "msg_type": kind, "content": content})
        interrupted = run_id in self.interrupted
        try:
            reply = self.shell_reply(msg_id, timeout=2 if interrupted else 10)["content"]
        except queue.Empty:
            if not interrupted:
                reply = {"status": "error", "execution_count": None}
            else:
                # SIGINT reached the kernel after it took the request but before the code ran: the kernel drops the
                # request without a reply or an error of its own.
                self.aborted(run_id)
                return
        send({"id": run_id, "type": "done", "status": reply["status"], "execution_count": reply.get("execution_count")})

    def aborted(self, run_id):
        """An execution interrupted before its code ran ends as one that was: with its KeyboardInterrupt."""
        send({"id": run_id, "type": "output", "msg_type": "error", "content": {
            "ename": "KeyboardInterrupt", "evalue": "The cell was interrupted before it ran.", "traceback": []}})
        send({"id": run_id, "type": "done", "status": "aborted", "execution_count": None})

    def kernel_died(self, run_id):
        send({"id": run_id, "type": "output", "msg_type": "error", "content": {
            "ename": "KernelDied", "evalue": "The kernel stopped (a limit was reached); its variables are lost and a new kernel was started.",
            "traceback": []}})
        send({"id": run_id, "type": "done", "status": "error", "execution_count": None})
        self.end_strays()
        self.client.stop_channels()
        self.manager.cleanup_resources()
        self.start_kernel()

    def end_strays(self):
        """Processes a cell started end with it: only the sandbox's init, this host and the kernel stay."""
        with open("/proc/1/comm") as init:
            if init.read().strip() != "bwrap":
                return
        keep = {1, os.getpid(), self.manager.provisioner.process.pid if self.manager.has_kernel else None}
        killed = False
        for _ in range(50):
            strays = [pid for pid in live_processes() if pid not in keep]
            if not strays:
                break
            killed = True
            for pid in strays:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            time.sleep(0.02)
        if killed and self.manager.is_alive():
            # The kernel's own children stay as zombies (counted against the process limit) until it reaps them.
            self.execute_quietly(REAP)


REAP = """
import os as _os
while True:
    try:
        if _os.waitpid(-1, _os.WNOHANG)[0] == 0:
            break
    except ChildProcessError:
        break
del _os
"""


def live_processes():
    """The sandbox's processes that have not ended (zombies left out)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] != "Z":
                    found.append(int(entry))
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return found

if __name__ == "__main__":
    if "--tools" in sys.argv:
        run_tools_only()
    else:
        try:
            Host().serve()
        except Exception as e:
            send({"type": "fatal", "message": f"{type(e).__name__}: {e}", "trace": traceback.format_exc()})
            sys.exit(1)
