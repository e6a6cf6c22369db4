<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lab::ChessPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n games of %2 move pairs finished at %3 (talk&apos;s formula: %4); she waited %5.</source>
        <extracomment>%n games (one per opponent) of %2 move pairs each.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n game of %2 move pairs finished at %3 (talk&apos;s formula: %4); she waited %5.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n games of %2 move pairs finished at %3 (talk&apos;s formula: %4); she waited %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ChromeTraceImporter</name>
    <message numerus="yes">
        <source>It is JSON, but not a Chrome trace: none of its %n entries is a trace event.</source>
        <translation>
            <numerusform>It is JSON, but not a Chrome trace: its %n entry is not a trace event.</numerusform>
            <numerusform>It is JSON, but not a Chrome trace: none of its %n entries is a trace event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events skipped: %1</source>
        <translation>
            <numerusform>%n event skipped: %1</numerusform>
            <numerusform>%n events skipped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CorosPage</name>
    <message numerus="yes">
        <source>%1 (simulated), in %n steps of the loop</source>
        <translation>
            <numerusform>%1 (simulated), in %n step of the loop</numerusform>
            <numerusform>%1 (simulated), in %n steps of the loop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 after %n steps</source>
        <translation>
            <numerusform>%1: %2 after %n step</numerusform>
            <numerusform>%1: %2 after %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n steps.</source>
        <translation>
            <numerusform>Stopped after %n step.</numerusform>
            <numerusform>Stopped after %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CountdownPage</name>
    <message numerus="yes">
        <source>Stopped after %n lines.</source>
        <translation>
            <numerusform>Stopped after %n line.</numerusform>
            <numerusform>Stopped after %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::FlagsPage</name>
    <message numerus="yes">
        <source>%n flags downloaded</source>
        <translation>
            <numerusform>%n flag downloaded</numerusform>
            <numerusform>%n flags downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::LatencyPage</name>
    <message numerus="yes">
        <source>, %n could not be measured</source>
        <translation>
            <numerusform>, %n could not be measured</numerusform>
            <numerusform>, %n could not be measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rows</source>
        <translation>
            <numerusform>Stopped after %n row</numerusform>
            <numerusform>Stopped after %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows measured in %1 s at %2 GHz</source>
        <translation>
            <numerusform>%n row measured in %1 s at %2 GHz</numerusform>
            <numerusform>%n rows measured in %1 s at %2 GHz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::LoiterExercise</name>
    <message numerus="yes">
        <source>results: &lt;generator object: %n results to come, in submission order&gt;</source>
        <translation>
            <numerusform>results: &lt;generator object: %n result to come, in submission order&gt;</numerusform>
            <numerusform>results: &lt;generator object: %n results to come, in submission order&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PlatesPage</name>
    <message numerus="yes">
        <source>%n plates</source>
        <translation>
            <numerusform>%n plate</numerusform>
            <numerusform>%n plates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hands</source>
        <translation>
            <numerusform>%n hand</numerusform>
            <numerusform>%n hands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PrimesPage</name>
    <message numerus="yes">
        <source>Results in submission order: %n results.</source>
        <translation>
            <numerusform>Results in submission order: %n result.</numerusform>
            <numerusform>Results in submission order: %n results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n checks.</source>
        <translation>
            <numerusform>Stopped after %n check.</numerusform>
            <numerusform>Stopped after %n checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n points.</source>
        <translation>
            <numerusform>Sweep done: %n point.</numerusform>
            <numerusform>Sweep done: %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the GIL changed hands %n times</source>
        <translation>
            <numerusform>the GIL changed hands once</numerusform>
            <numerusform>the GIL changed hands %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PrimesRun</name>
    <message numerus="yes">
        <source>Checking %n numbers sequentially:</source>
        <translation>
            <numerusform>Checking %n number sequentially:</numerusform>
            <numerusform>Checking %n numbers sequentially:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads and one GIL:</source>
        <translation>
            <numerusform>Checking %1 numbers with %n thread and one GIL:</numerusform>
            <numerusform>Checking %1 numbers with %n threads and one GIL:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads:</source>
        <translation>
            <numerusform>Checking %1 numbers with %n thread:</numerusform>
            <numerusform>Checking %1 numbers with %n threads:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes:</source>
        <translation>
            <numerusform>Checking %1 numbers with %n process:</numerusform>
            <numerusform>Checking %1 numbers with %n processes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n numbers with one coroutine each on the event loop:</source>
        <translation>
            <numerusform>Checking %n number with one coroutine on the event loop:</numerusform>
            <numerusform>Checking %n numbers with one coroutine each on the event loop:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes, largest first, results in submission order:</source>
        <translation>
            <numerusform>Checking %1 numbers with %n process, largest first, results in submission order:</numerusform>
            <numerusform>Checking %1 numbers with %n processes, largest first, results in submission order:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PythonTracer</name>
    <message numerus="yes">
        <source>%n damaged trace lines ignored, the first: %1</source>
        <translation>
            <numerusform>%n damaged trace line ignored: %1</numerusform>
            <numerusform>%n damaged trace lines ignored, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Scale</name>
    <message numerus="yes">
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coroutines</source>
        <translation>
            <numerusform>%Ln coroutine</numerusform>
            <numerusform>%Ln coroutines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::SemaphoreExercise</name>
    <message numerus="yes">
        <source>%n tasks start; the semaphore lets %1 in at a time</source>
        <translation>
            <numerusform>%n task starts; the semaphore lets %1 in at a time</numerusform>
            <numerusform>%n tasks start; the semaphore lets %1 in at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tasks done; at most %1 were inside at once</source>
        <translation>
            <numerusform>the %n task is done; at most %1 was inside at once</numerusform>
            <numerusform>all %n tasks done; at most %1 were inside at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerPage</name>
    <message numerus="yes">
        <source>Answer: %1 after %2 s, %n spinner frames drawn, longest event-loop stall %3 s</source>
        <translation>
            <numerusform>Answer: %1 after %2 s, %n spinner frame drawn, longest event-loop stall %3 s</numerusform>
            <numerusform>Answer: %1 after %2 s, %n spinner frames drawn, longest event-loop stall %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TimelinePanel</name>
    <message numerus="yes">
        <source>%1 of %n hits</source>
        <translation>
            <numerusform>%1 of %n hit</numerusform>
            <numerusform>%1 of %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>Show all lanes (%n hidden)</numerusform>
            <numerusform>Show all lanes (%n hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TimelineWidget</name>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans in this pixel: zoom in to tell them apart</source>
        <translation>
            <numerusform>%n span in this pixel: zoom in to tell them apart</numerusform>
            <numerusform>%n spans in this pixel: zoom in to tell them apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>Show all lanes (%n hidden)</numerusform>
            <numerusform>Show all lanes (%n hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older events dropped (%n spans): the recording keeps the newest</source>
        <translation>
            <numerusform>Older events dropped (%n span): the recording keeps the newest</numerusform>
            <numerusform>Older events dropped (%n spans): the recording keeps the newest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TraceFileReader</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
