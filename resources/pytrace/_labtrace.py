# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Concurrency Lab's tracer for Python programs (stdlib only, Python 3.8+).

Started by the sitecustomize.py beside it when LAB_TRACE_FD names a pipe the app reads. It
streams one line per event, tab-separated, times in CLOCK_MONOTONIC nanoseconds (the app's clock):

  K lane kind thread name       a new lane: kind is task, loop or thread
  S lane state time label       from time on, the lane is in state (running, awaiting_io,
                                sleeping, queued, blocked)
  E lane time                   the lane's open state ends (a task finished, a job ended)
  P lane start end state label  a task's step: running from start to end, then in state (what
                                it awaits, said by label)
  X lane state start end label  a finished span (a stall of an event loop)
  L from to time                lane from resumed (or created) lane to

How: a task factory wraps each task's coroutine, so every step of a task (each send() into it)
is seen exactly, with what it awaits when it suspends; the loop's call_soon tells when an awaited
future wakes its task (queued until the step runs); asyncio.events.Handle._run times every
callback, so one holding the loop over 50 ms is a stall. Threads: Thread._bootstrap_inner,
ThreadPoolExecutor work items and time.sleep are wrapped.
"""

import asyncio
import asyncio.events
import collections.abc
import concurrent.futures
import concurrent.futures.thread
import itertools
import os
import sys
import sysconfig
import threading
import time
import types
import weakref

STALL_NS = 50_000_000
_now = time.monotonic_ns
_real_sleep = time.sleep
_ids = itertools.count(1)
_pending = []
_append = _pending.append
_local = threading.local()
_fd = -1
_flusher = None
_stopping = threading.Event()
_awaited = {}
_CoroutineType = types.CoroutineType
_GeneratorType = types.GeneratorType
# Executor jobs by their concurrent future, and the loop futures their results were handed to.
_job_ends = weakref.WeakKeyDictionary()
_chained = weakref.WeakKeyDictionary()


def _clean(text):
    text = str(text)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")[:200]


def _emit(*fields):
    _append("\t".join(map(str, fields)) + "\n")


def _state(lane, state, time, label):
    _append("S\t%d\t%s\t%d\t%s\n" % (lane, state, time, label))


def _flush():
    count = len(_pending)
    if not count or _fd < 0:
        return
    # Other threads append while this runs: take the first count lines only.
    data = "".join(_pending[:count]).encode("utf-8", "replace")
    del _pending[:count]
    try:
        while data:
            written = os.write(_fd, data)
            data = data[written:]
    except OSError:
        pass


def _flush_loop():
    while not _stopping.wait(0.02):
        _flush()


def _new_lane(kind, thread, name):
    lane = next(_ids)
    _emit("K", lane, kind, _clean(thread), _clean(name))
    return lane


def _thread_lane(thread=None):
    """The lane of a thread (the current one by default), made on first use (named as the thread)."""
    thread = thread or threading.current_thread()
    lane = getattr(thread, "_lab_lane", None)
    if lane is None:
        lane = thread._lab_lane = _new_lane("thread", thread.name, thread.name)
    return lane


def _running_step(loop):
    """The traced coroutine of the task whose step runs now on loop (asyncio keeps which), or None."""
    task = asyncio.current_task(loop) if loop is not None else None
    coro = task.get_coro() if task is not None else None
    return coro if isinstance(coro, _TracedCoroutine) else None


def _task_lane(loop):
    """The lane of the task whose step runs now on loop, if it is traced."""
    coro = _running_step(loop)
    return coro._lab_lane if coro is not None else None


def _current_lane():
    """Who is running: a task's step, else the running event loop, else the thread."""
    loop = asyncio.events._get_running_loop()
    lane = _task_lane(loop)
    if lane is not None:
        return lane
    lane = getattr(loop, "_lab_lane", None) or getattr(_local, "loop_lane", None)
    return lane if lane is not None else _thread_lane()


# --- asyncio tasks -------------------------------------------------------------------------


# Code that is not the program's own: the standard library and installed packages. An await site
# names the last line of the program's own code in the chain (flags2_asyncio.py:72, not httpx's).
_library_dirs = tuple(
    os.path.dirname(os.path.abspath(module.__file__)) + os.sep for module in (asyncio, concurrent.futures)
) + tuple(path + os.sep for path in {sysconfig.get_paths().get(key) for key in ("stdlib", "purelib", "platlib")}
          if path)
_SOCKET_WAITS = frozenset(("sock_recv", "sock_recv_into", "_wait_for_data", "readexactly", "readuntil", "read",
                           "readline", "sock_connect", "sock_sendall", "drain", "open_connection",
                           "create_connection", "getaddrinfo", "sock_accept"))
_code_info = {}


def _is_library(filename):
    return (filename.startswith(_library_dirs) or filename == __file__ or "/site-packages/" in filename
            or "/dist-packages/" in filename)


def _info(code):
    """(library code?, function name, file name, the socket wait it is or None) of a code object,
    worked out once."""
    info = _code_info.get(code)
    if info is None:
        library = _is_library(code.co_filename)
        info = _code_info[code] = (library, code.co_name, _clean(os.path.basename(code.co_filename)),
                                   code.co_name if library and code.co_name in _SOCKET_WAITS else None)
    return info


def _describe_wait(coro, future):
    """What a task waits for when it suspends: a state, and a label with the await's line of user code."""
    socket_wait = None
    info = None
    user = None  # the innermost coroutine of the program's own code
    user_info = None
    node = coro
    known = _code_info.get
    # Down the chain of awaits to the innermost coroutine (14 deep under httpx): every task step
    # walks it, so each level costs a type check, two attributes and one dict lookup.
    while True:
        kind = type(node)
        if kind is _CoroutineType:
            info = known(node.cr_code) or _info(node.cr_code)
            following = node.cr_await
        elif kind is _GeneratorType:
            info = known(node.gi_code) or _info(node.gi_code)
            following = node.gi_yieldfrom
        else:
            break
        if not info[0]:
            user, user_info = node, info
        elif info[3] is not None:
            socket_wait = info[3]
        node = following
    site = ""
    if user is not None:
        frame = user.cr_frame if type(user) is _CoroutineType else user.gi_frame
        if frame is not None:
            site = " at %s:%d" % (user_info[2], frame.f_lineno)
    if isinstance(future, asyncio.Task):
        return "awaiting_io", "awaiting task %s%s" % (_clean(_task_name(future)), site)
    if info is not None and info[0] and info[1] == "sleep":
        return "sleeping", "asyncio.sleep" + site
    if socket_wait is not None:
        return "awaiting_io", "awaiting a socket (%s)%s" % (socket_wait, site)
    if info is not None and info[0] and info[1] == "acquire":
        return "queued", "waiting to acquire a lock or semaphore" + site
    if future is None:
        return "queued", "yielded to the loop" + site
    if type(future).__name__ == "_GatheringFuture":
        return "awaiting_io", "awaiting gather()" + site
    return "awaiting_io", "awaiting a future" + site


def _task_name(task):
    name = task.get_name()
    coro = task.get_coro()
    inner = getattr(coro, "_lab_coro", coro)
    qualname = getattr(inner, "__qualname__", None) or type(inner).__name__
    if name.startswith("Task-"):
        return "%s (%s)" % (qualname, name)
    return name


class _TracedCoroutine(collections.abc.Coroutine):
    """Forwards to the task's coroutine and reports each step: running, then what it awaits."""

    __slots__ = ("_lab_coro", "_lab_task", "_lab_lane", "_lab_created", "_lab_creator", "_lab_start")

    def __init__(self, coro, creator):
        self._lab_coro = coro
        self._lab_task = None
        self._lab_lane = None
        self._lab_created = _now()
        self._lab_creator = creator
        self._lab_start = None

    def __getattr__(self, name):
        return getattr(self._lab_coro, name)

    def __repr__(self):
        return repr(self._lab_coro)

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self._lab_step(self._lab_coro.send, None)

    def send(self, value):
        return self._lab_step(self._lab_coro.send, value)

    def throw(self, *args):
        return self._lab_step(self._lab_coro.throw, *args)

    def close(self):
        return self._lab_coro.close()

    def _lab_step(self, step, *args):
        # Every step of every task passes here: one line for the step (running from start to end,
        # then what it awaits) rather than two, and asyncio's own record of the current task
        # rather than a thread-local of ours. Whatever reports the lane's state within the step
        # (time.sleep) first opens the step (_lab_open_step), and the step then ends with a state line.
        start = self._lab_start = _now()
        lane = self._lab_lane
        if lane is None:
            task = self._lab_task
            lane = self._lab_lane = _new_lane("task", threading.current_thread().name,
                                              _task_name(task) if task is not None else "task")
            _state(lane, "queued", self._lab_created, "created")
            _emit("L", self._lab_creator, lane, self._lab_created)
        try:
            result = step(*args)
        except BaseException:
            self._lab_open_step()
            _emit("E", lane, _now())
            raise
        state, label = _describe_wait(self._lab_coro, result)
        if self._lab_start is None:
            _state(lane, state, _now(), label)
        else:
            self._lab_start = None
            _append("P\t%d\t%d\t%d\t%s\t%s\n" % (lane, start, _now(), state, label))
        if result is not None and hasattr(result, "add_done_callback"):
            _awaited[id(result)] = (lane, result)
        return result


    def _lab_open_step(self):
        """Reports the running step's start now, so that the lane's states stay in time order."""
        if self._lab_start is not None:
            _state(self._lab_lane, "running", self._lab_start, "step")
            self._lab_start = None


def _task_factory(loop, coro, **kwargs):
    traced = _TracedCoroutine(coro, _current_lane())
    task = asyncio.Task(traced, loop=loop, **kwargs)
    traced._lab_task = task
    return task


def _lookup(table, key):
    try:
        return table.get(key)
    except TypeError:  # not weakly referenceable or not hashable: not ours
        return None


def _wake(args):
    """A future being done schedules its callbacks: a task waiting on it is now queued."""
    if not args or not _awaited:
        return
    entry = _awaited.pop(id(args[0]), None)
    if entry is None or entry[1] is not args[0]:
        return
    lane, future = entry
    now = _now()
    _state(lane, "queued", now, "ready")
    source = None
    coro = future.get_coro() if isinstance(future, asyncio.Task) else None
    if isinstance(coro, _TracedCoroutine):
        source = coro._lab_lane
    else:
        source = _lookup(_chained, future)
    if source is None:
        # Set by a callback: a finished task's (gather), or the loop's own (a timer, a socket).
        handle = getattr(_local, "handle", None)
        source = _source_of(handle) if handle is not None else None
    if source is not None:
        _emit("L", source, lane, now)


def _instrument(loop):
    if getattr(loop, "_lab_traced", False):
        return loop
    loop._lab_traced = True
    name = threading.current_thread().name
    loop._lab_lane = _local.loop_lane = _new_lane("loop", name, "event loop (%s)" % name)
    loop.set_task_factory(_task_factory)
    call_soon = loop.call_soon
    call_soon_threadsafe = loop.call_soon_threadsafe

    def traced_call_soon(callback, *args, **kwargs):
        _wake(args)
        return call_soon(callback, *args, **kwargs)

    def traced_call_soon_threadsafe(callback, *args, **kwargs):
        # An executor's result comes back as (destination, concurrent future): remember who ran it.
        if len(args) == 2 and _job_ends and _lookup(_job_ends, args[1]) is not None:
            _chained[args[0]] = _job_ends[args[1]]
        return call_soon_threadsafe(callback, *args, **kwargs)

    loop.call_soon = traced_call_soon
    loop.call_soon_threadsafe = traced_call_soon_threadsafe
    return loop


def _patch_policy():
    policy_class = asyncio.events.BaseDefaultEventLoopPolicy
    new_event_loop = policy_class.new_event_loop

    def traced_new_event_loop(self):
        return _instrument(new_event_loop(self))

    policy_class.new_event_loop = traced_new_event_loop


def _patch_handles():
    run = asyncio.events.Handle._run
    local = _local

    def traced_run(self):
        start = _now()
        local.handle = self  # who acts, worked out only if it wakes a task (see _wake)
        try:
            return run(self)
        finally:
            local.handle = None
            end = _now()
            if end - start > STALL_NS:
                loop = self._loop
                lane = getattr(loop, "_lab_lane", None)
                if lane is not None:
                    _emit("X", lane, "blocked", start, end, _clean("held the loop: %s" % _handle_name(self)))

    asyncio.events.Handle._run = traced_run


def _source_of(handle):
    """The lane a callback acts for: the task or executor job whose end it handles, else its loop."""
    first = handle._args[0] if handle._args else None
    if isinstance(first, asyncio.Task):
        coro = first.get_coro()
        if isinstance(coro, _TracedCoroutine):
            return coro._lab_lane
    elif _chained and _lookup(_chained, first) is not None:
        return _chained[first]
    return getattr(handle._loop, "_lab_lane", None)


def _handle_name(handle):
    callback = handle._callback
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        return "step of " + _task_name(owner)
    return getattr(callback, "__qualname__", None) or repr(callback)


# --- threads -------------------------------------------------------------------------------


def _patch_threads():
    bootstrap = threading.Thread._bootstrap_inner

    def traced_bootstrap(self):
        pooled = getattr(self, "_target", None) is concurrent.futures.thread._worker
        if self is _flusher or pooled:
            return bootstrap(self)
        lane = _thread_lane(self)
        _state(lane, "running", _now(), _clean(self.name))
        try:
            return bootstrap(self)
        finally:
            _emit("E", lane, _now())

    threading.Thread._bootstrap_inner = traced_bootstrap

    work_run = concurrent.futures.thread._WorkItem.run

    def traced_work_run(self):
        lane = _thread_lane()
        _state(lane, "running", _now(), _clean(getattr(self.fn, "__qualname__", repr(self.fn))))
        # Before the job: its future's callbacks (which hand the result to a loop) run inside it.
        _job_ends[self.future] = lane
        try:
            return work_run(self)
        finally:
            _emit("E", lane, _now())

    concurrent.futures.thread._WorkItem.run = traced_work_run

    def traced_sleep(seconds):
        lane = _current_lane()
        step = _running_step(asyncio.events._get_running_loop())
        in_task = step is not None
        if in_task:
            step._lab_open_step()
        start = _now()
        _state(lane, "blocked" if in_task else "sleeping", start, "time.sleep(%g)" % seconds)
        try:
            _real_sleep(seconds)
        finally:
            _state(lane, "running", _now(), "after time.sleep")

    time.sleep = traced_sleep


def _finish():
    _stopping.set()
    _flush()


def _grow_descriptor_table():
    """Makes room for the program's file descriptors while the process has one thread.

    Linux grows a process's descriptor table by doubling it, and in a process with more than one
    thread each growth waits for an RCU grace period (milliseconds). The tracer's flusher thread
    would make the program pay that when it opens its 64th, 128th, 256th… socket, which it does
    not pay untraced (1.3x the time of an asyncio download of 194 flags, all of it in socket()).
    The table, grown now, stays grown: a dup2() to a high descriptor, closed at once.
    """
    try:
        import resource

        top = min(resource.getrlimit(resource.RLIMIT_NOFILE)[0], 4096) - 1
        if top > _fd:
            os.dup2(_fd, top, inheritable=False)
            os.close(top)
    except (ImportError, OSError, ValueError):
        pass


def install():
    global _fd, _flusher
    _fd = int(os.environ.pop("LAB_TRACE_FD"))
    os.set_inheritable(_fd, False)
    _emit("H", 1, os.getpid(), _clean(sys.version.split()[0]))
    _patch_policy()
    _patch_handles()
    _patch_threads()
    _grow_descriptor_table()
    _flusher = threading.Thread(target=_flush_loop, name="concurrency-lab tracer", daemon=True)
    _flusher.start()
    import atexit

    atexit.register(_finish)
