# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Concurrency Lab puts this folder first on PYTHONPATH of a program it traces: Python imports this
# file at start-up, before the program, so the tracer is installed with no change to the program.
import importlib.machinery
import importlib.util
import os
import sys

if os.environ.get("LAB_TRACE_FD"):
    try:
        import _labtrace

        _labtrace.install()
    except Exception as error:  # the program must run even if the tracer cannot
        sys.stderr.write("concurrency-lab tracer: not installed: %s\n" % error)

# Python imports only the first sitecustomize on its path: run the one this file hides (Debian's).
_here = os.path.dirname(os.path.abspath(__file__))
_rest = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != _here]
_spec = importlib.machinery.PathFinder.find_spec("sitecustomize", _rest)
if _spec is not None and _spec.loader is not None:
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
