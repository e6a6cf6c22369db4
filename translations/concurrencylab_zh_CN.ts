<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Lab::AboutDialog</name>
    <message>
        <source>About Concurrency Lab</source>
        <translation>关于并发实验室</translation>
    </message>
    <message>
        <source>Concurrency Lab icon</source>
        <translation>并发实验室图标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Concurrency Lab %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;并发实验室 %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Makes concurrency visible: coroutines, threads and a blocked event loop as live demos on a timeline.</source>
        <translation>让并发看得见：协程、线程和被阻塞的事件循环，以实时演示呈现在时间线上。</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;MIT licence</source>
        <translation>MIT 许可证(&amp;M)</translation>
    </message>
    <message>
        <source>About, licences and the licence text</source>
        <translation>关于、许可证和许可证全文</translation>
    </message>
    <message>
        <source>&lt;p&gt;Concurrency Lab turns the labs of the talk &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; into live demos you can click through: plates that fall when nobody spins them, latencies in human scale, a spinner, countdowns, coroutines resumed by hand, flags downloading into a grid, a simultaneous chess exhibition and a million sleeping coroutines.&lt;/p&gt;&lt;p&gt;Every coroutine demo runs on this window&apos;s own event loop through QCoro, so a blocking call really freezes the window, and the event-loop meter measures by how much.&lt;/p&gt;&lt;h3&gt;Credits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;The talk &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; and the workshop &lt;i&gt;Modern Concurrency in Python&lt;/i&gt; (fluentpython/concurrency2017) by Luciano Ramalho.&lt;/li&gt;&lt;li&gt;The book &lt;i&gt;Fluent Python&lt;/i&gt; by Luciano Ramalho (O&apos;Reilly), whose concurrency chapters the flags, spinner and primes examples come from.&lt;/li&gt;&lt;li&gt;The toy event loop after Brett Cannon&apos;s &lt;i&gt;launchpad&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The chess exhibition analogy from Miguel Grinberg&apos;s talk &lt;i&gt;Asynchronous Python for the Complete Beginner&lt;/i&gt; (PyCon 2017); the boards replay public-domain master games.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;并发实验室把讲座《&lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt;》中的实验变成可以点击操作的实时演示：没人转就会掉落的盘子、人类尺度下的延迟、旋转指示器、倒计时、手动恢复的协程、下载到网格中的国旗、一场国际象棋车轮战，以及一百万个休眠的协程。&lt;/p&gt;&lt;p&gt;每个协程演示都通过 QCoro 运行在本窗口自己的事件循环上，所以阻塞调用会真的让窗口冻结，事件循环仪表会测出冻结了多久。&lt;/p&gt;&lt;h3&gt;致谢&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Luciano Ramalho 的讲座《&lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt;》和工作坊《&lt;i&gt;Modern Concurrency in Python&lt;/i&gt;》（fluentpython/concurrency2017）。&lt;/li&gt;&lt;li&gt;Luciano Ramalho 的著作《&lt;i&gt;流畅的 Python&lt;/i&gt;》（O&apos;Reilly），国旗、旋转指示器和素数示例均出自其并发章节。&lt;/li&gt;&lt;li&gt;玩具事件循环参照了 Brett Cannon 的 &lt;i&gt;launchpad&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;国际象棋车轮战的类比出自 Miguel Grinberg 的讲座《&lt;i&gt;Asynchronous Python for the Complete Beginner&lt;/i&gt;》（PyCon 2017）；棋盘重演的是公有领域的大师对局。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concurrency Lab&lt;/h3&gt;&lt;p&gt;MIT licence: you may use, copy, modify, merge, publish, distribute, sublicense and sell copies, provided the copyright notice and the permission notice are kept; it comes without warranty. The full text is on the next tab.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1, under the GNU Lesser General Public License version 3 (LGPLv3), linked dynamically: &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;QCoro, under the MIT licence: &lt;a href=&quot;https://github.com/qcoro/qcoro&quot;&gt;github.com/qcoro/qcoro&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Flag images: public domain. From Debian&apos;s iso-flags-png-320x240 (the Linux Mint flag set); no copyright claimed, dedicated to the public domain by Brett Roper in 2003.&lt;/li&gt;&lt;li&gt;Country names: from Debian&apos;s iso-codes, under the GNU Lesser General Public License version 2.1 or later.&lt;/li&gt;&lt;li&gt;The book&apos;s 194 country codes: from &lt;i&gt;Fluent Python&lt;/i&gt;&apos;s examples, Copyright (c) 2014 Luciano Ramalho, MIT licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The details are in resources/flags/LICENSE.md in the source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;并发实验室&lt;/h3&gt;&lt;p&gt;MIT 许可证：只要保留版权声明和许可声明，你就可以使用、复制、修改、合并、发布、分发、再许可和销售副本；本软件不提供任何担保。完整文本（英文）见下一个标签页。&lt;/p&gt;&lt;h3&gt;库&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1，采用 GNU 宽通用公共许可证第 3 版（LGPLv3），动态链接：&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;。&lt;/li&gt;&lt;li&gt;QCoro，采用 MIT 许可证：&lt;a href=&quot;https://github.com/qcoro/qcoro&quot;&gt;github.com/qcoro/qcoro&lt;/a&gt;。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;随附数据&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;国旗图像：公有领域。来自 Debian 的 iso-flags-png-320x240（Linux Mint 国旗集）；不主张版权，由 Brett Roper 于 2003 年贡献至公有领域。&lt;/li&gt;&lt;li&gt;国家名称：来自 Debian 的 iso-codes，采用 GNU 宽通用公共许可证 2.1 或更高版本。&lt;/li&gt;&lt;li&gt;书中的 194 个国家代码：来自《&lt;i&gt;流畅的 Python&lt;/i&gt;》的示例，Copyright (c) 2014 Luciano Ramalho，MIT 许可证。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;详情见源代码中的 resources/flags/LICENSE.md。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>此构建中缺少许可证文本。</translation>
    </message>
    <message>
        <source>MIT licence text</source>
        <translation>MIT 许可证文本</translation>
    </message>
    <message>
        <source>&amp;Event loop</source>
        <translation>事件循环(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Lab::Chess</name>
    <message>
        <source>sequential</source>
        <extracomment>How the master plays the boards: one game after another, or all of them at once.</extracomment>
        <translation>依次进行</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>同时进行</translation>
    </message>
    <message>
        <source>opponents must be 1 to %1</source>
        <translation>对手数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>move pairs must be 1 to %1</source>
        <translation>回合数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the master&apos;s move must take 0.001 to 3600 s</source>
        <translation>大师每步用时必须在 0.001 到 3600 秒之间</translation>
    </message>
    <message>
        <source>an opponent&apos;s move must take 0 to 3600 s</source>
        <translation>对手每步用时必须在 0 到 3600 秒之间</translation>
    </message>
    <message>
        <source>%1 more than the formula: it leaves out the last opponent&apos;s final reply (%2)</source>
        <translation>比公式多 %1：公式没有算上最后一位对手的最后一次应着（%2）</translation>
    </message>
    <message>
        <source>, and an opponent needs %1 but her walk round the other boards takes only (%2 − 1) × %3 = %4, so she waits %5 at board 1 in each of the last %6 rounds</source>
        <translation>；而且对手需要 %1，但她走完其他棋盘一圈只需 (%2 − 1) × %3 = %4，所以在最后 %6 轮中，她每轮都要在第 1 块棋盘前等待 %5</translation>
    </message>
</context>
<context>
    <name>Lab::ChessExhibition</name>
    <message>
        <source>master</source>
        <translation>大师</translation>
    </message>
    <message>
        <source>opponent %1</source>
        <translation>对手 %1</translation>
    </message>
    <message>
        <source>waits at board %1</source>
        <translation>在第 %1 块棋盘前等待</translation>
    </message>
    <message>
        <source>moves on board %1</source>
        <translation>在第 %1 块棋盘上走棋</translation>
    </message>
    <message>
        <source>waits for the master</source>
        <translation>等待大师</translation>
    </message>
    <message>
        <source>thinks</source>
        <translation>思考中</translation>
    </message>
    <message>
        <source>moved on board %1: the opponent thinks</source>
        <translation>在第 %1 块棋盘上走了一步：对手开始思考</translation>
    </message>
    <message>
        <source>replied on board %1</source>
        <translation>在第 %1 块棋盘上应了一步</translation>
    </message>
</context>
<context>
    <name>Lab::ChessPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>同时进行</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>依次进行</translation>
    </message>
    <message>
        <source>both, one after the other</source>
        <translation>两种，先后进行</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>1 min per second</source>
        <translation>每秒 1 分钟</translation>
    </message>
    <message>
        <source>10 min per second</source>
        <translation>每秒 10 分钟</translation>
    </message>
    <message>
        <source>1 h per second</source>
        <translation>每秒 1 小时</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>&amp;Opponents:</source>
        <translation>对手(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Her move:</source>
        <translation>她每步(&amp;H)：</translation>
    </message>
    <message>
        <source>The&amp;ir move:</source>
        <translation>对手每步(&amp;I)：</translation>
    </message>
    <message>
        <source>Move p&amp;airs:</source>
        <translation>回合数(&amp;A)：</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>方式(&amp;D)：</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>速度(&amp;E)：</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>The simulated clock (h:mm:ss)</source>
        <translation>模拟时钟（时:分:秒）</translation>
    </message>
    <message>
        <source>The parameters are locked during a run: Stop it to change them.</source>
        <translation>运行期间参数被锁定：先停止才能修改。</translation>
    </message>
    <message>
        <source>Chess exhibition</source>
        <translation>国际象棋车轮战</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>无法开始：%1。</translation>
    </message>
    <message>
        <source>Stopped at %1 of the %2 exhibition.</source>
        <translation>%2车轮战在 %1 处停止。</translation>
    </message>
    <message>
        <source>Board %1 replays %2 – %3, %4</source>
        <translation>第 %1 块棋盘重演 %2 – %3，%4</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>棋盘 %1</translation>
    </message>
    <message>
        <source>she moves</source>
        <translation>她在走棋</translation>
    </message>
    <message>
        <source>her turn</source>
        <translation>轮到她</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>思考中</translation>
    </message>
    <message>
        <source>his turn</source>
        <translation>轮到对手</translation>
    </message>
    <message>
        <source>over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 · move %2 · %3</source>
        <translation>%1 · 第 %2 步 · %3</translation>
    </message>
    <message>
        <source>she waits at board %1</source>
        <translation>她在第 %1 块棋盘前等待</translation>
    </message>
    <message>
        <source>she moves at board %1</source>
        <translation>她在第 %1 块棋盘上走棋</translation>
    </message>
    <message>
        <source>her last move is played; the last replies are coming</source>
        <translation>她已走完最后一步，最后的应着即将到来</translation>
    </message>
    <message>
        <source>her moves: %1, theirs: %2</source>
        <translation>她走了 %1 步，对手走了 %2 步</translation>
    </message>
    <message>
        <source>she has waited %1</source>
        <translation>她已等待 %1</translation>
    </message>
    <message>
        <source>boards 1–%1 of %2 are drawn</source>
        <translation>显示了 %2 块棋盘中的第 1–%1 块</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1, simulated</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>%1, talk&apos;s formula</source>
        <translation>%1，讲座公式</translation>
    </message>
    <message>
        <source>Run an exhibition to see its totals beside the talk&apos;s formulas.</source>
        <translation>运行一场车轮战，即可看到总计与讲座公式的对比。</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>棋盘</translation>
    </message>
    <message>
        <source>One master, many opponents: while they think she moves on. Played one game after the other the exhibition takes 12 hours; walking from board to board, about one hour — the master is the event loop, the opponents&apos; thinking is the I/O it does not wait for.</source>
        <translation>一位大师，许多对手：对手思考时，她就走向下一盘。一盘接一盘地下，整场表演要 12 小时；在棋盘之间来回走动，大约 1 小时——大师就是事件循环，对手的思考就是它不必等待的 I/O。</translation>
    </message>
    <message>
        <source>Played one after the other, the games ended at %1; played simultaneously, at %2. Longest event-loop stall %3 s.</source>
        <translation>依次进行时，对局在 %1 结束；同时进行时，在 %2 结束。事件循环最长卡顿 %3 秒。</translation>
    </message>
    <message>
        <source>Played one after the other, the games ended at %1. Longest event-loop stall %2 s.</source>
        <translation>依次进行时，对局在 %1 结束。事件循环最长卡顿 %2 秒。</translation>
    </message>
    <message>
        <source>Played simultaneously, the games ended at %1. Longest event-loop stall %2 s.</source>
        <translation>同时进行时，对局在 %1 结束。事件循环最长卡顿 %2 秒。</translation>
    </message>
    <message>
        <source>Longest event-loop stall %1 s.</source>
        <translation>事件循环最长卡顿 %1 秒。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n games of %2 move pairs finished at %3 (talk&apos;s formula: %4); she waited %5.</source>
        <extracomment>%n games (one per opponent) of %2 move pairs each.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%n 盘棋（每盘 %2 个回合）在 %3 下完（讲座公式：%4）；她等待了 %5。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ChessTotalsChart</name>
    <message>
        <source>Totals beside the talk&apos;s formulas</source>
        <translation>总计与讲座公式对比</translation>
    </message>
</context>
<context>
    <name>Lab::ChromeTraceExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lab::ChromeTraceImporter</name>
    <message>
        <source>Cannot open %1 as a trace. %2</source>
        <translation>无法将 %1 作为跟踪文件打开。%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>线程 %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>The trace holds no events this app can show (slices, instants or flows).</source>
        <translation>跟踪文件中没有本应用能显示的事件（切片、瞬时事件或流）。</translation>
    </message>
    <message>
        <source>%1 · level %2</source>
        <translation>%1 · 第 %2 层</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%2：%1 个</translation>
    </message>
    <message>
        <source>%1 spans</source>
        <translation>%1 个时段</translation>
    </message>
    <message>
        <source>%1 instants</source>
        <translation>%1 个瞬时事件</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 条连线</translation>
    </message>
    <message>
        <source>The trace holds more than the timeline keeps (%1 of each kind): the oldest %2 were dropped, marked by a hatched band.</source>
        <translation>跟踪文件的内容超过了时间线能保留的数量（每种 %1 个）：最早的 %2 已被丢弃，以斜线阴影带标出。</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: it has no list of trace events (an array, or an object with &quot;traceEvents&quot;).</source>
        <translation>这不是 Chrome 跟踪文件：没有跟踪事件列表（数组，或带有 &quot;traceEvents&quot; 的对象）。</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: that is JSON starting with [ or {, and this file is not valid JSON.</source>
        <translation>这不是 Chrome 跟踪文件：跟踪文件是以 [ 或 { 开头的 JSON，而此文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: it is not valid JSON (at character %1).</source>
        <translation>这不是 Chrome 跟踪文件：不是有效的 JSON（第 %1 个字符处）。</translation>
    </message>
    <message>
        <source>the last event cut short at the end of the file</source>
        <translation>最后一个事件在文件末尾被截断</translation>
    </message>
    <message>
        <source>the rest of the file unreadable (from character %1)</source>
        <translation>文件其余部分无法读取（从第 %1 个字符起）</translation>
    </message>
    <message>
        <source>an event that is not valid JSON</source>
        <translation>不是有效 JSON 的事件</translation>
    </message>
    <message>
        <source>an entry that is not an object</source>
        <translation>不是对象的条目</translation>
    </message>
    <message>
        <source>no phase (&quot;ph&quot;)</source>
        <translation>缺少阶段（&quot;ph&quot;）</translation>
    </message>
    <message>
        <source>no time stamp, or one that is not a number (&quot;ts&quot;)</source>
        <translation>缺少时间戳或时间戳不是数字（&quot;ts&quot;）</translation>
    </message>
    <message>
        <source>a time stamp out of range (&quot;ts&quot;)</source>
        <translation>时间戳超出范围（&quot;ts&quot;）</translation>
    </message>
    <message>
        <source>a complete event without a duration (&quot;dur&quot;)</source>
        <translation>完整事件缺少时长（&quot;dur&quot;）</translation>
    </message>
    <message>
        <source>a negative duration (&quot;dur&quot;)</source>
        <translation>时长为负（&quot;dur&quot;）</translation>
    </message>
    <message>
        <source>a duration out of range (&quot;dur&quot;)</source>
        <translation>时长超出范围（&quot;dur&quot;）</translation>
    </message>
    <message>
        <source>an end (&quot;E&quot;) without its begin</source>
        <translation>结束事件（&quot;E&quot;）缺少对应的开始</translation>
    </message>
    <message>
        <source>an async end (&quot;e&quot;) without its begin</source>
        <translation>异步结束事件（&quot;e&quot;）缺少对应的开始</translation>
    </message>
    <message>
        <source>a flow&apos;s arriving end without its start</source>
        <translation>流的到达端缺少起点</translation>
    </message>
    <message>
        <source>a flow&apos;s start without its arriving end</source>
        <translation>流的起点缺少到达端</translation>
    </message>
    <message>
        <source>The trace holds no events.</source>
        <translation>跟踪文件中没有事件。</translation>
    </message>
    <message numerus="yes">
        <source>It is JSON, but not a Chrome trace: none of its %n entries is a trace event.</source>
        <translation>
            <numerusform>这是 JSON，但不是 Chrome 跟踪文件：它的 %n 个条目中没有一个是跟踪事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>a time stamp months away from the rest of the trace</source>
        <translation>时间戳与跟踪的其余部分相距数月</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>%1 (tid %2)</source>
        <translation>%1（tid %2）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events skipped: %1</source>
        <translation>
            <numerusform>跳过了 %n 个事件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a Perfetto protobuf trace (what Chromium and Perfetto record by default), and this timeline reads Chrome trace JSON. Record with Chromium&apos;s --trace-startup-format=json, or convert the file with Perfetto&apos;s tool: traceconv json FILE OUT.json.</source>
        <translation>这是 Perfetto 的 protobuf 跟踪文件（Chromium 和 Perfetto 默认记录的格式），而此时间线读取 JSON 格式的 Chrome 跟踪文件。请用 Chromium 的 --trace-startup-format=json 选项记录，或用 Perfetto 的工具转换该文件：traceconv json 文件 输出.json。</translation>
    </message>
</context>
<context>
    <name>Lab::CodeView</name>
    <message>
        <source>Source code of the running mode</source>
        <translation>当前模式的源代码</translation>
    </message>
    <message>
        <source>Source of “%1” not found in %2</source>
        <translation>在 %2 中找不到“%1”的源代码</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Code panel</source>
        <translation>代码面板</translation>
    </message>
</context>
<context>
    <name>Lab::CorosPage</name>
    <message>
        <source>4. A toy event loop: launchpad&apos;s countdowns</source>
        <translation>4. 玩具事件循环：发射台的倒计时</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>练习(&amp;E)：</translation>
    </message>
    <message>
        <source>Coroutines by hand</source>
        <translation>手动驱动协程</translation>
    </message>
    <message>
        <source>A coroutine is an object you resume. Each resume runs it to its next co_await, and what is handed out there comes straight back to you. An event loop is just code that calls resume().</source>
        <translation>协程是一个可以恢复执行的对象。每次恢复都让它运行到下一个 co_await，它在那里交出的值会直接回到你手中。事件循环不过是调用 resume() 的代码。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>finished at %1 on the loop&apos;s clock</source>
        <translation>在循环时钟的 %1 结束</translation>
    </message>
    <message>
        <source>clock %1, next wake-up at %2</source>
        <translation>时钟 %1，下次唤醒于 %2</translation>
    </message>
    <message>
        <source>%1 woke, ran, and now waits at line %2</source>
        <translation>%1 被唤醒、运行，现在停在第 %2 行等待</translation>
    </message>
    <message>
        <source>%1 woke and ran to its end</source>
        <translation>%1 被唤醒并运行到结束</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>5. async for over an async generator, on the toy loop</source>
        <translation>5. 在玩具循环上用 async for 遍历异步生成器</translation>
    </message>
    <message>
        <source>6. async with: a semaphore lets 3 of 8 tasks in</source>
        <translation>6. async with：信号量只放 8 个任务中的 3 个进入</translation>
    </message>
    <message>
        <source>inside: %1 · waiting: %2 · done: %3</source>
        <translation>在内：%1 · 等待：%2 · 完成：%3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>finished: at most %1 of %2 tasks were inside at once</source>
        <translation>已完成：同一时刻最多有 %2 个任务中的 %1 个在内</translation>
    </message>
    <message>
        <source>The semaphore has %1 permits: each task awaits one at the top of its scope, and the guard gives it back when the scope ends. Each task is a lane on the timeline.</source>
        <translation>信号量有 %1 个许可：每个任务在其作用域开头等待一个许可，作用域结束时由守卫归还。每个任务是时间线上的一条泳道。</translation>
    </message>
    <message>
        <source>%1 woke, ran, and now waits: %2</source>
        <translation>%1 被唤醒、运行，现在等待：%2</translation>
    </message>
    <message>
        <source>%1: at most %2 of %3 tasks were inside at once (limit %4)</source>
        <translation>%1：同一时刻最多有 %3 个任务中的 %2 个在内（上限 %4）</translation>
    </message>
    <message>
        <source>Skip the prediction when presenting</source>
        <translation>演示时跳过预测</translation>
    </message>
    <message>
        <source>In presenter mode, Run (Space) goes without a prediction.</source>
        <translation>在演示者模式下，运行（空格）不需要预测。</translation>
    </message>
    <message>
        <source>In the prediction field: run with this prediction</source>
        <translation>在预测输入框中：按此预测运行</translation>
    </message>
    <message>
        <source>Predict the output first, then press Ctrl+Return to run (or tick “Skip the prediction”: Alt+K).</source>
        <translation>先预测输出，然后按 Ctrl+回车 运行（或勾选“跳过预测”：Alt+K）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (simulated), in %n steps of the loop</source>
        <translation>
            <numerusform>%1（模拟），循环共 %n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 after %n steps</source>
        <translation>
            <numerusform>%1：%n 步后%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n steps.</source>
        <translation>
            <numerusform>%n 步后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CoroutineStepView</name>
    <message>
        <source>S&amp;kip the prediction</source>
        <translation>跳过预测(&amp;K)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>发送(&amp;N)</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>单步(&amp;P)</translation>
    </message>
    <message>
        <source>The prediction you made</source>
        <translation>你做出的预测</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>实际发生的情况</translation>
    </message>
    <message>
        <source>Predict the output first: what will each step give, and what happens at the end?</source>
        <translation>先预测输出：每一步会得到什么？最后会发生什么？</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>resume(): run the coroutine to its next co_await</source>
        <translation>resume()：让协程运行到下一个 co_await</translation>
    </message>
    <message>
        <source>send(value): resume the coroutine with this value as the result of its co_await</source>
        <translation>send(值)：恢复协程，并把这个值作为其 co_await 的结果</translation>
    </message>
    <message>
        <source>One iteration of the toy loop: wake the task with the earliest deadline</source>
        <translation>玩具循环迭代一次：唤醒截止时间最早的任务</translation>
    </message>
    <message>
        <source>Resume the coroutine</source>
        <translation>恢复协程</translation>
    </message>
    <message>
        <source>Send a value into the coroutine</source>
        <translation>向协程发送一个值</translation>
    </message>
    <message>
        <source>Value to send</source>
        <translation>要发送的值</translation>
    </message>
    <message>
        <source>Step the toy loop</source>
        <translation>单步执行玩具循环</translation>
    </message>
    <message>
        <source>Coroutine state</source>
        <translation>协程状态</translation>
    </message>
    <message>
        <source>What each step gave</source>
        <translation>每一步的结果</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Waits at</source>
        <translation>等待位置</translation>
    </message>
    <message>
        <source>The toy loop&apos;s heap</source>
        <translation>玩具循环的堆</translation>
    </message>
    <message>
        <source>&amp;Your prediction:</source>
        <translation>你的预测(&amp;Y)：</translation>
    </message>
    <message>
        <source>You predicted:</source>
        <translation>你的预测：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>实际发生：</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>（已跳过）</translation>
    </message>
    <message>
        <source>Write your prediction above (or tick “Skip the prediction”) to start stepping.</source>
        <translation>在上方写下你的预测（或勾选“跳过预测”），即可开始单步执行。</translation>
    </message>
    <message>
        <source>Prediction skipped.</source>
        <translation>已跳过预测。</translation>
    </message>
    <message>
        <source>Your prediction is locked in: step on and compare.</source>
        <translation>你的预测已锁定：继续单步并对比。</translation>
    </message>
    <message>
        <source>The prediction locks at the first step.</source>
        <translation>预测会在第一步时锁定。</translation>
    </message>
    <message>
        <source>Write your prediction above (or tick “Skip the prediction”), then press Run.</source>
        <translation>在上方写下你的预测（或勾选“跳过预测”），然后点击“运行”。</translation>
    </message>
    <message>
        <source>Your prediction is locked in: watch the lanes and compare.</source>
        <translation>你的预测已锁定：观察各条泳道并加以比较。</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownDemo</name>
    <message>
        <source>countdown %1</source>
        <translation>倒计时 %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>QThread::usleep(%1 s)</source>
        <translation>QThread::usleep(%1 秒)</translation>
    </message>
    <message>
        <source>co_await sleep(%1 s)</source>
        <translation>co_await sleep(%1 秒)</translation>
    </message>
    <message>
        <source>sleep started</source>
        <translation>开始睡眠</translation>
    </message>
    <message>
        <source>timer fired: task resumed</source>
        <translation>定时器触发：任务恢复</translation>
    </message>
    <message>
        <source>blocked until now: the next countdown starts</source>
        <translation>一直阻塞到现在：下一个倒计时开始</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownLogView</name>
    <message>
        <source>Countdown log</source>
        <translation>倒计时记录</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownPage</name>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 秒</translation>
    </message>
    <message>
        <source>total: %1 s (%2), longest event-loop stall %3 s</source>
        <translation>总计：%1 秒（%2），事件循环最长卡顿 %3 秒</translation>
    </message>
    <message>
        <source>blocking sleep: one task after the other</source>
        <translation>阻塞式睡眠：任务一个接一个</translation>
    </message>
    <message>
        <source>awaited sleep: the tasks interleave</source>
        <translation>等待式睡眠：任务交替进行</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Coroutines cooperate: each co_await lets the others run. Replace the awaited sleep with a blocking one and the lines stop interleaving — and the window freezes.</source>
        <translation>协程彼此协作：每个 co_await 都让其他协程得以运行。把等待式睡眠换成阻塞式睡眠，各行就不再交替出现——窗口也会冻结。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n lines.</source>
        <translation>
            <numerusform>%n 行后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CpuMeter</name>
    <message>
        <source>CPU use per core</source>
        <translation>每个核心的 CPU 占用</translation>
    </message>
    <message>
        <source>core %1: %2 %</source>
        <translation>核心 %1：%2 %</translation>
    </message>
    <message>
        <source>cpu %1</source>
        <translation>cpu %1</translation>
    </message>
</context>
<context>
    <name>Lab::DemoPage</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重置(&amp;T)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Run the demo</source>
        <translation>运行演示</translation>
    </message>
    <message>
        <source>Stop the demo</source>
        <translation>停止演示</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>&amp;Block the event loop</source>
        <translation>阻塞事件循环(&amp;B)</translation>
    </message>
    <message>
        <source>Replace the awaited call with a blocking one: the window freezes.</source>
        <translation>把等待式调用换成阻塞式调用：窗口会冻结。</translation>
    </message>
    <message>
        <source>Block the event loop</source>
        <translation>阻塞事件循环</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>%1: live view</source>
        <translation>%1：实时视图</translation>
    </message>
    <message>
        <source>Nothing on this page: no call here can be made blocking</source>
        <translation>本页无效：这里没有可以改为阻塞的调用</translation>
    </message>
    <message>
        <source>Ticks or unticks “Block the event loop”</source>
        <translation>勾选或取消勾选“阻塞事件循环”</translation>
    </message>
    <message>
        <source>Run stopped: its page was left</source>
        <translation>运行已停止：已离开所在页面</translation>
    </message>
    <message>
        <source>Run stopped with the Stop button or key</source>
        <translation>运行已通过“停止”按钮或按键停止</translation>
    </message>
    <message>
        <source>Run stopped: the language changed</source>
        <translation>运行已停止：语言已切换</translation>
    </message>
    <message>
        <source>The language changed, which stopped the run: %1</source>
        <translation>语言已切换，运行因此停止：%1</translation>
    </message>
    <message>
        <source>The language changed, which stopped the run.</source>
        <translation>语言已切换，运行因此停止。</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopChoice</name>
    <message>
        <source>GLib&apos;s main loop</source>
        <translation>GLib 主循环</translation>
    </message>
    <message>
        <source>Qt&apos;s UNIX dispatcher</source>
        <translation>Qt 的 UNIX 调度器</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopMeter</name>
    <message>
        <source>Event-loop health</source>
        <translation>事件循环健康度</translation>
    </message>
    <message>
        <source>A heartbeat timer ticks every %1 ms on the GUI thread; the lag is how late it came. A lag over %2 ms is a stall: the window could not answer.</source>
        <translation>心跳定时器每 %1 毫秒在 GUI 线程上触发一次；延迟就是它迟到了多久。超过 %2 毫秒的延迟即为卡顿：窗口无法响应。</translation>
    </message>
    <message>
        <source>Event loop: lag %1 ms</source>
        <translation>事件循环：延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>Event loop: UI frozen for %1 s</source>
        <translation>事件循环：界面冻结 %1 秒</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopMonitor</name>
    <message>
        <source>UI frozen for %1 s</source>
        <translation>界面冻结 %1 秒</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopTab</name>
    <message>
        <source>&amp;Restart on it now</source>
        <translation>立即以它重启(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This window runs on &lt;b&gt;%1&lt;/b&gt; (%2). Qt on Linux can run the GUI thread on GLib&apos;s main loop, Debian&apos;s default, or on its own UNIX dispatcher (QT_NO_GLIB=1), as asyncio can swap its loop for uvloop: every coroutine of the app runs unchanged on either. The dispatcher is chosen before the application object exists, so a switch needs a restart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本窗口运行在&lt;b&gt;%1&lt;/b&gt;（%2）上。在 Linux 上，Qt 可以让 GUI 线程运行在 GLib 主循环（Debian 的默认设置）上，也可以运行在它自己的 UNIX 调度器（QT_NO_GLIB=1）上，就像 asyncio 可以把它的循环换成 uvloop 一样：应用中的每个协程在两者上都能原样运行。调度器在应用程序对象创建之前就已选定，因此切换需要重启。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Event loop to run on</source>
        <translation>要运行的事件循环</translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation>运行于(&amp;O)：</translation>
    </message>
    <message>
        <source>No comparison measured yet on this machine: run &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt; and open this tab again.</source>
        <translation>本机尚未测量过对比：运行 &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt;，然后重新打开此标签页。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last measured on this machine&lt;/b&gt; (%1, &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt;): shorter is better.</source>
        <translation>&lt;b&gt;本机上次测量结果&lt;/b&gt;（%1，&lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt;）：越短越好。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
</context>
<context>
    <name>Lab::FlagCellDelegate</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>下载中…</translation>
    </message>
    <message>
        <source>404
not found</source>
        <translation>404
未找到</translation>
    </message>
    <message>
        <source>error
%1</source>
        <translation>错误
%1</translation>
    </message>
</context>
<context>
    <name>Lab::FlagCodes</name>
    <message>
        <source>--limit N must be &gt;= 1</source>
        <translation>--limit N 必须 &gt;= 1</translation>
    </message>
    <message>
        <source>each CC argument must be A to Z or AA to ZZ, not &apos;%1&apos;</source>
        <translation>每个 CC 参数必须是 A 到 Z 或 AA 到 ZZ，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Lab::FlagDecoder</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>image does not decode</source>
        <translation>图像无法解码</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>image too large (%1 × %2 px, at most %3 a side)</source>
        <translation>图像过大（%1 × %2 像素，每边最多 %3）</translation>
    </message>
    <message>
        <source>it is a link to %1; not overwritten</source>
        <translation>它是指向 %1 的链接；未覆盖</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>Lab::FlagDownloader</name>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 (blocking)</source>
        <translation>%1（阻塞）</translation>
    </message>
    <message>
        <source>decode/save</source>
        <translation>解码/保存</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>等待连接</translation>
    </message>
    <message>
        <source>waiting for a worker</source>
        <translation>等待工作线程</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <source>as_completed loop</source>
        <translation>as_completed 循环</translation>
    </message>
    <message>
        <source>awaiting the next result</source>
        <translation>等待下一个结果</translation>
    </message>
    <message>
        <source>%1: grid and progress bar</source>
        <translation>%1：网格和进度条</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>请求已发送</translation>
    </message>
    <message>
        <source>next GET</source>
        <translation>下一个 GET</translation>
    </message>
    <message>
        <source>reply arrived: coroutine resumed</source>
        <translation>响应已到达：协程恢复</translation>
    </message>
    <message>
        <source>result handed to the GUI thread</source>
        <translation>结果已交给 GUI 线程</translation>
    </message>
</context>
<context>
    <name>Lab::FlagGridModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>downloaded in %1 s</source>
        <translation>用时 %1 秒下载完成</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>not found (HTTP 404) after %1 s</source>
        <translation>%1 秒后未找到（HTTP 404）</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>未找到（HTTP 404）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>Lab::FlagState</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Lab::FlagsPage</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Qt&apos;s default: 6 connections per &amp;host</source>
        <translation>Qt 默认：每个主机 6 个连接(&amp;H)</translation>
    </message>
    <message>
        <source>The client gives up on a flag after this long (the book uses 3.1 s).</source>
        <translation>客户端在这段时间后放弃一面国旗（书中用 3.1 秒）。</translation>
    </message>
    <message>
        <source>The built-in server waits this long before answering each request.</source>
        <translation>内置服务器在回应每个请求前等待这么久。</translation>
    </message>
    <message>
        <source>Each answer waits up to this much longer, at random.</source>
        <translation>每个回应再随机多等待最多这么久。</translation>
    </message>
    <message>
        <source>20 most populous</source>
        <translation>人口最多的 20 个</translation>
    </message>
    <message>
        <source>All 194 (the book&apos;s set)</source>
        <translation>全部 194 个（书中的集合）</translation>
    </message>
    <message>
        <source>Every code AA–ZZ (676, most 404)</source>
        <translation>所有代码 AA–ZZ（676 个，大多为 404）</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>国旗(&amp;L)：</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>顺序执行</translation>
    </message>
    <message>
        <source>Thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Requests at once: threads in the pool (default 20) or the coroutines&apos; semaphore (default: all at once). At most %1.</source>
        <translation>同时发出的请求数：线程池中的线程数（默认 20）或协程的信号量（默认：全部同时）。最多 %1。</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>同时(&amp;O)：</translation>
    </message>
    <message>
        <source>Use one QNetworkAccessManager: Qt 6.4 opens at most 6 connections per host and port, so the coroutines&apos; requests go out in waves of 6.</source>
        <translation>使用同一个 QNetworkAccessManager：Qt 6.4 对每个主机和端口最多打开 6 个连接，因此协程的请求会以每批 6 个的方式发出。</translation>
    </message>
    <message>
        <source>Sequential only: each download is a blocking call on the GUI thread — the window freezes and the grid fills only at the end.</source>
        <translation>仅限顺序模式：每次下载都是 GUI 线程上的阻塞调用——窗口会冻结，网格直到最后才会填满。</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source>Flags finished</source>
        <translation>已完成的国旗</translation>
    </message>
    <message>
        <source>%v of %m flags</source>
        <translation>%v / %m 面国旗</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Flag grid</source>
        <translation>国旗网格</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>国旗</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>not found / errors</source>
        <translation>未找到 / 错误</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Results of every run</source>
        <translation>每次运行的结果</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>After the delay, this share of requests fails with a real HTTP error (418, 500, 502 or 503), and a few countries always answer 404.</source>
        <translation>延迟之后，这一比例的请求会以真实的 HTTP 错误（418、500、502 或 503）失败，另有少数国家总是返回 404。</translation>
    </message>
    <message>
        <source>built-in server</source>
        <translation>内置服务器</translation>
    </message>
    <message>
        <source>Download from another server instead, e.g. http://127.0.0.1:8001/flags (a `concurrency-lab serve`).</source>
        <translation>改为从其他服务器下载，例如 http://127.0.0.1:8001/flags（一个 `concurrency-lab serve`）。</translation>
    </message>
    <message>
        <source>Restart ser&amp;ver</source>
        <translation>重启服务器(&amp;V)</translation>
    </message>
    <message>
        <source>Restart the built-in server</source>
        <translation>重启内置服务器</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>延迟(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Errors:</source>
        <translation>错误(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL：</translation>
    </message>
    <message>
        <source>not saved (type a folder to save cc.png files, as the book&apos;s scripts do)</source>
        <translation>不保存（输入一个文件夹即可像书中脚本那样保存 cc.png 文件）</translation>
    </message>
    <message>
        <source>Folder to save the flags to</source>
        <translation>保存国旗的文件夹</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the flags to</source>
        <translation>把国旗保存到</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>国旗</translation>
    </message>
    <message>
        <source>Downloading is mostly waiting: one request after the other waits once per flag; threads or coroutines wait for all of them at the same time and finish in about one round trip.</source>
        <translation>下载主要就是等待：一个接一个地请求，每面国旗都要等一次；线程或协程同时等待所有请求，大约一次往返就能完成。</translation>
    </message>
    <message>
        <source>Built-in server at %1</source>
        <translation>内置服务器位于 %1</translation>
    </message>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>内置服务器无法启动：%1</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>built-in, delay %1 s, jitter %2 s, errors %3 %</source>
        <translation>内置，延迟 %1 秒，抖动 %2 秒，错误 %3 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>全部一起</translation>
    </message>
    <message>
        <source>As completed</source>
        <translation>按完成顺序</translation>
    </message>
    <message>
        <source>Coroutines: each download ends its own flag (all at once), or an async generator yields each result as its download ends and one loop takes them in that order, moving the progress bar (the book&apos;s as_completed).</source>
        <translation>协程：每个下载各自完成自己的国旗（全部一起），或者由异步生成器在每个下载结束时产出其结果，由一个循环按此顺序逐个取出并推进进度条（即书中的 as_completed）。</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>%1, %2 at once, blocking</source>
        <translation>%1，同时 %2 个，阻塞</translation>
    </message>
    <message>
        <source>%1, %2 at once, as completed</source>
        <translation>%1，同时 %2 个，按完成顺序</translation>
    </message>
    <message>
        <source>%1, %2 at once</source>
        <translation>%1，同时 %2 个</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The counts of a Flags run; each phrase has its own plural forms.</extracomment>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n flags downloaded</source>
        <translation>
            <numerusform>已下载 %n 面国旗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n 面未找到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, stopped — longest event-loop stall %4 s</source>
        <translation>%1：%2，用时 %3 秒，已停止——事件循环最长卡顿 %4 秒</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s — longest event-loop stall %4 s</source>
        <translation>%1：%2，用时 %3 秒——事件循环最长卡顿 %4 秒</translation>
    </message>
    <message>
        <source>S&amp;ave flags to:</source>
        <translation>国旗保存到(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Lab::HandCoroutine</name>
    <message>
        <source>an unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>suspended at line %1</source>
        <translation>挂起于第 %1 行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>awaited by %1</source>
        <translation>被 %1 等待</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>there is no coroutine</source>
        <translation>没有协程</translation>
    </message>
    <message>
        <source>cannot resume a finished coroutine</source>
        <translation>无法恢复已结束的协程</translation>
    </message>
    <message>
        <source>cannot resume a coroutine that is already running</source>
        <translation>无法恢复正在运行的协程</translation>
    </message>
    <message>
        <source>cannot send a value to a coroutine that has not started: resume() it first</source>
        <translation>无法向尚未开始的协程发送值：请先调用 resume()</translation>
    </message>
    <message>
        <source>the coroutine threw: %1</source>
        <translation>协程抛出了异常：%1</translation>
    </message>
</context>
<context>
    <name>Lab::HandExercise</name>
    <message>
        <source>1. A value passes straight through co_await</source>
        <translation>1. 值直接穿过 co_await</translation>
    </message>
    <message>
        <source>2. An inner generator hands out 1, 2, 3</source>
        <translation>2. 内层生成器依次交出 1、2、3</translation>
    </message>
    <message>
        <source>3. Send values in: co_await as a two-way channel</source>
        <translation>3. 发送值进去：co_await 作为双向通道</translation>
    </message>
    <message>
        <source>finished, returned %1</source>
        <translation>已结束，返回 %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; finished, returned %2</source>
        <translation>%1 -&gt; 已结束，返回 %2</translation>
    </message>
    <message>
        <source>%1 -&gt; finished</source>
        <translation>%1 -&gt; 已结束</translation>
    </message>
    <message>
        <source>%1 on a finished coroutine: error: %2</source>
        <translation>对已结束的协程调用 %1：错误：%2</translation>
    </message>
    <message>
        <source>%1 -&gt; error: %2</source>
        <translation>%1 -&gt; 错误：%2</translation>
    </message>
</context>
<context>
    <name>Lab::HttpGet</name>
    <message>
        <source>https is not supported</source>
        <translation>不支持 https</translation>
    </message>
</context>
<context>
    <name>Lab::HttpResponse</name>
    <message>
        <source>no HTTP answer</source>
        <translation>没有 HTTP 应答</translation>
    </message>
    <message>
        <source>timeout after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>连接被服务器关闭</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>malformed HTTP answer</source>
        <translation>HTTP 响应格式错误</translation>
    </message>
    <message>
        <source>answer too large (over %1 MiB)</source>
        <translation>响应过大（超过 %1 MiB）</translation>
    </message>
    <message>
        <source>not an http:// or https:// address: %1</source>
        <translation>不是 http:// 或 https:// 地址：%1</translation>
    </message>
</context>
<context>
    <name>Lab::Language</name>
    <message>
        <source>&amp;System default</source>
        <extracomment>Language menu: show the window in the language of the operating system.</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Lab::Latency</name>
    <message>
        <source>%1 year</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>timed %1 million dependent adds (one cycle each), best of 5; /proc/cpuinfo says %2</source>
        <translation>计时 %1 百万次相互依赖的加法（每次一个周期），取 5 次中最好的一次；/proc/cpuinfo 显示 %2</translation>
    </message>
    <message>
        <source>%1 GHz</source>
        <translation>%1 GHz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the &quot;cpu MHz&quot; of /proc/cpuinfo (no timing on this CPU)</source>
        <translation>/proc/cpuinfo 中的“cpu MHz”（此 CPU 上无法计时）</translation>
    </message>
    <message>
        <source>unknown on this CPU: 3 GHz assumed</source>
        <translation>此 CPU 上未知：假定为 3 GHz</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>%1 is on tmpfs: memory, not a disk — fsync has nothing to wait for</source>
        <translation>%1 位于 tmpfs 上：是内存而不是磁盘——fsync 无需等待任何东西</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <source>1 byte to an echo server on 127.0.0.1:%1 and back</source>
        <translation>1 字节发往 127.0.0.1:%1 上的回显服务器再返回</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>GET %1, a new connection each time</source>
        <translation>GET %1，每次新建连接</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>pointer chasing: dependent loads through a random cycle of 64-byte lines in %1, best of %2 runs of %3 million loads</source>
        <translation>指针追逐：在 %1 中沿随机环遍历 64 字节缓存行的相互依赖读取，取 %2 次运行中最好的一次，每次 %3 百万次读取</translation>
    </message>
    <message>
        <source>L1 cache (%1)</source>
        <translation>L1 缓存（%1）</translation>
    </message>
    <message>
        <source>L2 cache (%1)</source>
        <translation>L2 缓存（%1）</translation>
    </message>
    <message>
        <source>RAM (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <source>disk: write + fsync</source>
        <translation>磁盘：write + fsync</translation>
    </message>
    <message>
        <source>512 bytes written to a temporary file and fsync&apos;d: the median of up to 50</source>
        <translation>向临时文件写入 512 字节并 fsync：最多 50 次的中位数</translation>
    </message>
    <message>
        <source>network: loopback TCP round trip</source>
        <translation>网络：环回 TCP 往返</translation>
    </message>
    <message>
        <source>1 byte to an echo thread over 127.0.0.1 and back: the median of up to 5,000</source>
        <translation>1 字节经 127.0.0.1 发往回显线程再返回：最多 5,000 次的中位数</translation>
    </message>
    <message>
        <source>network: HTTP GET, local flag server</source>
        <translation>网络：HTTP GET，本地国旗服务器</translation>
    </message>
    <message>
        <source>GET %1 with a new connection each time: the median of up to 20</source>
        <translation>GET %1，每次新建连接：最多 20 次的中位数</translation>
    </message>
    <message>
        <source>estimating the clock rate</source>
        <translation>正在估算时钟频率</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>In the talk (Fluent Python, Table 18-1; 1 CPU cycle = 1 second):
</source>
        <translation>讲座中（《流畅的 Python》表 18-1；1 个 CPU 周期 = 1 秒）：
</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>CPU cycles</source>
        <translation>CPU 周期</translation>
    </message>
    <message>
        <source>human scale</source>
        <translation>人类尺度</translation>
    </message>
    <message>
        <source>
Measured on this machine (clock %1 GHz: %2):
</source>
        <translation>
在本机上测得（时钟 %1 GHz：%2）：
</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(stopped before every row was measured)
</source>
        <translation>（在测完所有行之前已停止）
</translation>
    </message>
    <message>
        <source>L1 cache</source>
        <translation>L1 缓存</translation>
    </message>
    <message>
        <source>L2 cache</source>
        <translation>L2 缓存</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyChart</name>
    <message>
        <source>Latency chart, log scale</source>
        <translation>延迟图表，对数刻度</translation>
    </message>
    <message>
        <source>CPU cycles, log scale. At 1 cycle = 1 s: 1k = %1, 1M = %2, 1G = %3</source>
        <translation>CPU 周期，对数刻度。按 1 周期 = 1 秒：1k = %1，1M = %2，1G = %3</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyMeasurer</name>
    <message>
        <source>measure latencies</source>
        <translation>测量延迟</translation>
    </message>
    <message>
        <source>pool thread</source>
        <translation>线程池线程</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyPage</name>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>CPU cycles</source>
        <translation>CPU 周期</translation>
    </message>
    <message>
        <source>human scale</source>
        <translation>人类尺度</translation>
    </message>
    <message>
        <source>In the talk</source>
        <translation>讲座中</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Measured on this machine</source>
        <translation>在本机上测得</translation>
    </message>
    <message>
        <source>&amp;Measure again</source>
        <translation>重新测量(&amp;M)</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Pointer chasing</source>
        <translation>指针追逐</translation>
    </message>
    <message>
        <source>Write + fsync</source>
        <translation>Write + fsync</translation>
    </message>
    <message>
        <source>Loopback echo server</source>
        <translation>环回回显服务器</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Measuring: %1…</source>
        <translation>正在测量：%1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be measured</source>
        <translation>
            <numerusform>，%n 行无法测量</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, off the GUI thread — longest event-loop stall %2 s</source>
        <translation>%1，在 GUI 线程之外——事件循环最长卡顿 %2 秒</translation>
    </message>
    <message>
        <source>Measuring progress</source>
        <translation>测量进度</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v / %m 步</translation>
    </message>
    <message>
        <source>Measuring step</source>
        <translation>测量步骤</translation>
    </message>
    <message>
        <source>Clock rate</source>
        <translation>时钟频率</translation>
    </message>
    <message>
        <source>In the talk (Fluent Python, Table 18-1)</source>
        <translation>讲座中（《流畅的 Python》表 18-1）</translation>
    </message>
    <message>
        <source>the talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>measured here</source>
        <translation>本机测得</translation>
    </message>
    <message>
        <source>Latency in human scale</source>
        <translation>人类尺度下的延迟</translation>
    </message>
    <message>
        <source>If one CPU cycle took a second, a RAM read would take minutes and a network round trip years: that is why a program that waits for I/O should do something else meanwhile.</source>
        <translation>如果一个 CPU 周期要花一秒，那么读一次内存要几分钟，一次网络往返要好几年：所以等待 I/O 的程序应该趁这段时间去做别的事。</translation>
    </message>
    <message>
        <source>The human scale is computed: %1 cycles at one second each.</source>
        <translation>人类尺度是计算出来的：%1 个周期，每个一秒。</translation>
    </message>
    <message>
        <source>Press “Measure again” to time these on this machine. Each time is turned into CPU cycles with a clock rate estimated from timed dependent adds.</source>
        <translation>点击“重新测量”可在本机上计时。每个时间都会按时钟频率换算为 CPU 周期，时钟频率由计时的相互依赖加法估算得出。</translation>
    </message>
    <message>
        <source>%1 (with its %2 s simulated delay)</source>
        <translation>%1（含 %2 秒模拟延迟）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Clock: %1 GHz — %2.</source>
        <translation>时钟：%1 GHz——%2。</translation>
    </message>
    <message>
        <source>Each time is turned into cycles at this clock rate, and the cycles into the talk&apos;s human scale (one cycle = one second). Times are medians (I/O) or the best of several runs (memory); hover a row for how it was measured.</source>
        <translation>每个时间按此时钟频率换算为周期，再把周期换算为讲座中的人类尺度（一个周期 = 一秒）。时间取中位数（I/O）或多次运行中最好的一次（内存）；将鼠标悬停在某行上可查看测量方式。</translation>
    </message>
    <message>
        <source>%1 (talk)</source>
        <translation>%1（讲座）</translation>
    </message>
    <message>
        <source>Estimating the clock rate…</source>
        <translation>正在估算时钟频率…</translation>
    </message>
    <message>
        <source>includes the built-in server&apos;s simulated delay of %1 s (jitter %2 s), set on the Flags page</source>
        <translation>包含内置服务器的 %1 秒模拟延迟（抖动 %2 秒），在“国旗”页面中设置</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rows</source>
        <translation>
            <numerusform>%n 行后停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows measured in %1 s at %2 GHz</source>
        <translation>
            <numerusform>以 %2 GHz 在 %1 秒内测量了 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::LoiterExercise</name>
    <message>
        <source>Script starting.</source>
        <translation>脚本启动。</translation>
    </message>
    <message>
        <source>pool worker %1</source>
        <translation>线程池工作者 %1</translation>
    </message>
    <message>
        <source>worker thread %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message numerus="yes">
        <source>results: &lt;generator object: %n results to come, in submission order&gt;</source>
        <translation>
            <numerusform>results: &lt;生成器对象：还有 %n 个结果，按提交顺序&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for individual results:</source>
        <translation>等待各个结果：</translation>
    </message>
    <message>
        <source>for result in results</source>
        <translation>for result in results</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>waits for result %1</source>
        <translation>等待结果 %1</translation>
    </message>
    <message>
        <source>loiter(%1): sleep(%1)</source>
        <translation>loiter(%1)：sleep(%1)</translation>
    </message>
    <message>
        <source>%1loiter(%2): doing nothing for %2s...</source>
        <translation>%1loiter(%2)：什么也不做，持续 %2 秒...</translation>
    </message>
    <message>
        <source>%1loiter(%2): done.</source>
        <translation>%1loiter(%2)：完成。</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>结果 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export timeline as &amp;PNG…</source>
        <translation>将时间线导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export timeline as Chrome &amp;trace JSON…</source>
        <translation>将时间线导出为 Chrome 跟踪 JSON(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>时间线适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>关于并发实验室(&amp;A)</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>将时间线导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Chrome trace JSON</source>
        <translation>导出 Chrome 跟踪 JSON</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome 跟踪 JSON (*.json)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>&amp;Previous demo</source>
        <translation>上一个演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next demo</source>
        <translation>下一个演示(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Block the event loop</source>
        <translation>阻塞事件循环(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示者模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>退出全屏(&amp;L)</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>显示时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Show the &amp;code</source>
        <translation>显示代码(&amp;C)</translation>
    </message>
    <message>
        <source>Show the &amp;keys</source>
        <translation>显示按键说明(&amp;K)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults…</source>
        <translation>恢复默认设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>Put every demo&apos;s settings, the window&apos;s layout, the zoom and the theme back as they were at first, and forget what was remembered?</source>
        <translation>把每个演示的设置、窗口布局、缩放和主题恢复为最初的样子，并忘掉已记住的内容吗？</translation>
    </message>
    <message>
        <source>Blocking does not apply to this mode.</source>
        <translation>阻塞不适用于此模式。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <source>Settings reset to their defaults.</source>
        <translation>设置已恢复为默认值。</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>打开跟踪文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开跟踪文件</translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation>无法打开跟踪文件</translation>
    </message>
    <message>
        <source>This window&apos;s event loop: %1 (%2). Help ▸ About ▸ Event loop switches it.</source>
        <translation>本窗口的事件循环：%1（%2）。可在“帮助 ▸ 关于 ▸ 事件循环”中切换。</translation>
    </message>
    <message>
        <source>T&amp;race a program…</source>
        <translation>跟踪程序(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
    <message>
        <source>Traces (*.json *.json.gz *.log *.trace);;Chrome trace JSON (*.json *.json.gz);;Node trace logs (*.log);;All files (*)</source>
        <translation>跟踪文件 (*.json *.json.gz *.log *.trace);;Chrome 跟踪 JSON (*.json *.json.gz);;Node 跟踪日志 (*.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Hide the &amp;keys</source>
        <translation>隐藏按键说明(&amp;K)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Status bar after a run: the demo&apos;s title, then its one-line summary (a title may end in &quot;?&quot;).</extracomment>
        <translation>%1——%2</translation>
    </message>
</context>
<context>
    <name>Lab::PlateSpinning</name>
    <message>
        <source>hand %1</source>
        <translation>手 %1</translation>
    </message>
    <message>
        <source>worker thread %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>no plate needs a hand</source>
        <translation>没有盘子需要手</translation>
    </message>
    <message>
        <source>plate %1: QThread::usleep</source>
        <translation>盘子 %1：QThread::usleep</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation>盘子 %1</translation>
    </message>
    <message>
        <source>QThread::usleep on the GUI thread</source>
        <translation>GUI 线程上的 QThread::usleep</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>%1 up, %2 fallen, %3 visits (%4 per second)</source>
        <translation>%1 个在转，%2 个掉落，%3 次照看（每秒 %4 次）</translation>
    </message>
    <message>
        <source>hand %1 busy %2 %</source>
        <translation>手 %1 忙碌 %2 %</translation>
    </message>
    <message>
        <source>lets the loop read its input</source>
        <translation>让循环读取输入</translation>
    </message>
    <message>
        <source>plate %1 saved, late</source>
        <translation>盘子 %1 被救起，但晚了</translation>
    </message>
    <message>
        <source>plate %1 saved</source>
        <translation>盘子 %1 被救起</translation>
    </message>
</context>
<context>
    <name>Lab::PlatesPage</name>
    <message>
        <source>&amp;Plates:</source>
        <translation>盘子(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hands:</source>
        <translation>手(&amp;H)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>每次照看(&amp;V)：</translation>
    </message>
    <message>
        <source>The same seed gives the same plates: the same show twice.</source>
        <translation>相同的种子产生相同的盘子：同一场表演可以重演。</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Run &amp;for:</source>
        <translation>运行时长(&amp;F)：</translation>
    </message>
    <message>
        <source>coroutines on the event loop</source>
        <translation>事件循环上的协程</translation>
    </message>
    <message>
        <source>worker threads</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Hands &amp;as:</source>
        <translation>手的实现(&amp;A)：</translation>
    </message>
    <message>
        <source>A hand holds its plate with QThread::usleep on the GUI thread, %1 s at a time.</source>
        <translation>手在 GUI 线程上用 QThread::usleep 扶住盘子，每次 %1 秒。</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>Plate spinning</source>
        <translation>转盘子</translation>
    </message>
    <message>
        <source>18 plates do not need 18 hands: two hands that go where they are needed keep them all up. Block the event loop and one hand is stuck — the others cannot move, and plates fall.</source>
        <translation>18 个盘子不需要 18 只手：两只哪里需要就去哪里的手就能让它们都转着。阻塞事件循环，一只手就被卡住——其他手动弹不得，盘子纷纷掉落。</translation>
    </message>
    <message>
        <source>as coroutines</source>
        <translation>以协程实现</translation>
    </message>
    <message>
        <source>as threads</source>
        <translation>以线程实现</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>hand %1 busy %2 %</source>
        <translation>手 %1 忙碌 %2 %</translation>
    </message>
    <message>
        <source>Plates up: &lt;b&gt;%1&lt;/b&gt; · fallen: &lt;b&gt;%2&lt;/b&gt; · %3 visits/s · %4</source>
        <translation>在转的盘子：&lt;b&gt;%1&lt;/b&gt; · 掉落：&lt;b&gt;%2&lt;/b&gt; · 每秒 %3 次照看 · %4</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4: %5; longest event-loop stall %6 s</source>
        <extracomment>%1 &quot;18 plates&quot;, %2 &quot;2 hands&quot;, %3 &quot;as coroutines&quot; or &quot;as threads&quot;, %4 &quot;after 60 s&quot; or &quot;stopped&quot;, %5 the counters.</extracomment>
        <translation>%1，%2，%3%4：%5；事件循环最长卡顿 %6 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n plates</source>
        <translation>
            <numerusform>%n 个盘子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hands</source>
        <translation>
            <numerusform>%n 只手</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PlatesView</name>
    <message>
        <source>Plates on their poles</source>
        <translation>杆上的盘子</translation>
    </message>
</context>
<context>
    <name>Lab::PresenterLegend</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation>隐藏按键说明</translation>
    </message>
    <message>
        <source>Hide the keys (H shows them again)</source>
        <translation>隐藏按键说明（按 H 可再次显示）</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesPage</name>
    <message>
        <source>S&amp;weep 1 to %1 workers</source>
        <translation>从 1 到 %1 个工作者逐一测量(&amp;W)</translation>
    </message>
    <message>
        <source>Sequential (one worker thread)</source>
        <translation>顺序执行（一个工作线程）</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Coroutines on the event loop</source>
        <translation>事件循环上的协程</translation>
    </message>
    <message>
        <source>executor.map: processes, submission order</source>
        <translation>executor.map：进程，按提交顺序</translation>
    </message>
    <message>
        <source>executor.map exercise: loiter(n)</source>
        <translation>executor.map 练习：loiter(n)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>工作者(&amp;W)：</translation>
    </message>
    <message>
        <source>Each check must hold one global lock, handed on every switch interval, as CPython&apos;s GIL: the threads take turns. Processes each have their own.</source>
        <translation>每次检查都必须持有一把全局锁，每个切换间隔交出一次，就像 CPython 的 GIL：各线程轮流执行。每个进程各有自己的锁。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long a thread holds the GIL before handing it on (CPython: 5 ms), and how long a coroutine computes before it awaits.</source>
        <translation>线程交出 GIL 之前持有它的时长（CPython：5 毫秒），以及协程在 await 之前计算的时长。</translation>
    </message>
    <message>
        <source>Switch &amp;interval:</source>
        <translation>切换间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Run sequential, then this mode with 1, 2, … workers, and draw the speed-up.</source>
        <translation>先顺序运行，再用 1、2……个工作者运行此模式，并绘制加速比。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>sequential  %1 s</source>
        <translation>顺序  %1 秒</translation>
    </message>
    <message>
        <source>%1 workers  %2 s  speed-up %3×</source>
        <translation>%1 个工作者  %2 秒  加速比 %3×</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>CPU per core</source>
        <translation>每核 CPU</translation>
    </message>
    <message>
        <source>How busy each core is, from /proc/stat, four times a second.</source>
        <translation>每个核心的繁忙程度，每秒从 /proc/stat 读取四次。</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Speed-up over sequential against workers, measured on this machine by a sweep.</source>
        <translation>相对顺序执行的加速比随工作者数量的变化，由逐一测量在本机上测得。</translation>
    </message>
    <message>
        <source>Parallelism and the GIL</source>
        <translation>并行与 GIL</translation>
    </message>
    <message>
        <source>CPU-bound work is faster only in parallel: threads on all cores are, threads that take turns holding a GIL are not, processes are again (each has its own), and coroutines on one event loop never are.</source>
        <translation>CPU 密集型工作只有并行才会更快：在所有核心上运行的线程会更快，轮流持有 GIL 的线程不会，进程又会更快（每个进程有自己的 GIL），而同一个事件循环上的协程永远不会。</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>逐一测量：%1</translation>
    </message>
    <message>
        <source>Total time: %1s</source>
        <translation>总时间：%1 秒</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Sweep ended: %1</source>
        <translation>逐一测量已结束：%1</translation>
    </message>
    <message>
        <source>checked %1 in %2 s</source>
        <translation>用 %2 秒检查了 %1 个</translation>
    </message>
    <message>
        <source>speed-up over sequential (%1 s here): %2×</source>
        <translation>相对顺序执行（此处 %1 秒）的加速比：%2×</translation>
    </message>
    <message>
        <source>run Sequential once to see the speed-up</source>
        <translation>先运行一次“顺序执行”才能看到加速比</translation>
    </message>
    <message>
        <source>worker processes: %1 (this one: %2)</source>
        <translation>工作进程：%1（本进程：%2）</translation>
    </message>
    <message numerus="yes">
        <source>Results in submission order: %n results.</source>
        <translation>
            <numerusform>按提交顺序的结果：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n checks.</source>
        <translation>
            <numerusform>%n 次检查后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n points.</source>
        <translation>
            <numerusform>逐一测量完成：%n 个点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the GIL changed hands %n times</source>
        <translation>
            <numerusform>GIL 易手 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulate &amp;a GIL</source>
        <translation>模拟 GIL(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesRun</name>
    <message numerus="yes">
        <source>Checking %n numbers sequentially:</source>
        <translation>
            <numerusform>依次检查 %n 个数：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads and one GIL:</source>
        <translation>
            <numerusform>用 %n 个线程和一个 GIL 检查 %1 个数：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads:</source>
        <translation>
            <numerusform>用 %n 个线程检查 %1 个数：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes:</source>
        <translation>
            <numerusform>用 %n 个进程检查 %1 个数：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n numbers with one coroutine each on the event loop:</source>
        <translation>
            <numerusform>在事件循环上用每数一个协程检查 %n 个数：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes, largest first, results in submission order:</source>
        <translation>
            <numerusform>用 %n 个进程检查 %1 个数，最大的优先，结果按提交顺序：</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>工作者 %1</translation>
    </message>
    <message>
        <source>sequential %1</source>
        <translation>顺序 %1</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>created: waits for the loop</source>
        <translation>已创建：等待循环</translation>
    </message>
    <message>
        <source>%1 awaits: the others&apos; turn</source>
        <translation>%1 执行 await：轮到其他协程</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesSweep</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>Lab::ProcessCheckers</name>
    <message>
        <source>cannot make the job pipe: %1</source>
        <translation>无法创建任务管道：%1</translation>
    </message>
    <message>
        <source>cannot start worker %1 (%2): %3</source>
        <translation>无法启动工作者 %1（%2）：%3</translation>
    </message>
    <message>
        <source>cannot start a worker process (%1): %2</source>
        <translation>无法启动工作进程（%1）：%2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>worker %1 wrote something unexpected: %2</source>
        <translation>工作者 %1 写出了意外的内容：%2</translation>
    </message>
    <message>
        <source>end of work: sentinel sent</source>
        <translation>工作结束：已发送哨兵值</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>worker %1 (pid %2) ended without its sentinel (exit status %3)</source>
        <translation>工作者 %1（pid %2）结束时没有发送哨兵值（退出状态 %3）</translation>
    </message>
</context>
<context>
    <name>Lab::PythonTracer</name>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>cannot write the tracer to %1: %2</source>
        <translation>无法将跟踪器写入 %1：%2</translation>
    </message>
    <message>
        <source>a program is already being traced</source>
        <translation>已有一个程序正在被跟踪</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>没有要运行的程序</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot make the trace socket: %1</source>
        <translation>无法创建跟踪套接字：%1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Stopped: the program was ended; what it did so far is kept.</source>
        <translation>已停止：程序已被结束，已完成的部分会保留。</translation>
    </message>
    <message>
        <source>The program was ended by signal %1.</source>
        <translation>程序被信号 %1 结束。</translation>
    </message>
    <message>
        <source>The program exited with status %1.</source>
        <translation>程序退出，状态码为 %1。</translation>
    </message>
    <message>
        <source>It sent no trace: is it a Python program (Python 3.8 or newer)?</source>
        <translation>它没有发送任何跟踪数据：这是 Python 程序吗（Python 3.8 或更高版本）？</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged trace lines ignored, the first: %1</source>
        <translation>
            <numerusform>已忽略 %n 行损坏的跟踪数据，第一行：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Scale</name>
    <message>
        <source>less than %1 of memory left</source>
        <translation>剩余内存不足 %1</translation>
    </message>
    <message>
        <source>thread %1 could not be created: %2</source>
        <translation>无法创建线程 %1：%2</translation>
    </message>
    <message>
        <source>out of memory after %1 threads</source>
        <translation>创建 %1 个线程后内存耗尽</translation>
    </message>
    <message>
        <source>Reference, measured elsewhere (Python 3.11, 2-core machine), not on this machine:
%1 asyncio tasks sleeping %2 ms take %3 s and %4 MiB (about %5 KiB a task);
a live thread costs about %6 KiB RSS.</source>
        <translation>参考值，在别处测得（Python 3.11，双核机器），并非本机：
%1 个休眠 %2 毫秒的 asyncio 任务耗时 %3 秒，占用 %4 MiB（每个任务约 %5 KiB）；
一个存活线程约占 %6 KiB RSS。</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1, sleeping %2 each</source>
        <translation>%1，每个休眠 %2</translation>
    </message>
    <message>
        <source> (%1 asked for: held to the thread cap)</source>
        <translation>（请求了 %1 个：受线程上限限制）</translation>
    </message>
    <message>
        <source>sleepers</source>
        <translation>休眠任务</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>存活</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source> (starting them took %1)</source>
        <translation>（启动它们用了 %1）</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>process RSS</source>
        <translation>进程 RSS</translation>
    </message>
    <message>
        <source>%1 (%2 before the run, peak %3)</source>
        <translation>%1（运行前 %2，峰值 %3）</translation>
    </message>
    <message>
        <source>memory per sleeper</source>
        <translation>每个休眠任务的内存</translation>
    </message>
    <message>
        <source>%1 (RSS growth / %2 alive)</source>
        <translation>%1（RSS 增长 / %2 个存活）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>stopped creating threads: %1</source>
        <translation>停止创建线程：%1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 asked for, %2 started</source>
        <translation>请求 %1 个，启动 %2 个</translation>
    </message>
    <message>
        <source>: %1 finished in %2, %3 each, peak RSS %4</source>
        <translation>：%1 个在 %2 内完成，每个 %3，RSS 峰值 %4</translation>
    </message>
    <message>
        <source> — held to the thread cap of %1</source>
        <translation>——受 %1 个线程的上限限制</translation>
    </message>
    <message>
        <source> — stopped creating threads: %1</source>
        <translation>——停止创建线程：%1</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation>——已停止</translation>
    </message>
    <message numerus="yes">
        <source>%Ln threads</source>
        <translation>
            <numerusform>%Ln 个线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coroutines</source>
        <translation>
            <numerusform>%Ln 个协程</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ScalePage</name>
    <message>
        <source>Coroutines on the event loop</source>
        <translation>事件循环上的协程</translation>
    </message>
    <message>
        <source>OS threads</source>
        <translation>操作系统线程</translation>
    </message>
    <message>
        <source>Slee&amp;pers:</source>
        <translation>休眠任务(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation>&amp;N：</translation>
    </message>
    <message>
        <source>At most this many threads are started, whatever N says. Each thread reserves a stack of 8 MiB of address space; raise the cap with care.</source>
        <translation>无论 N 是多少，最多启动这么多线程。每个线程会预留 8 MiB 地址空间作为栈；请谨慎提高上限。</translation>
    </message>
    <message>
        <source>Thread &amp;cap:</source>
        <translation>线程上限(&amp;C)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long each sleeper sleeps.</source>
        <translation>每个休眠任务休眠多久。</translation>
    </message>
    <message>
        <source>S&amp;leep:</source>
        <translation>休眠(&amp;L)：</translation>
    </message>
    <message>
        <source> (asyncio: about %1 KiB a task, elsewhere)</source>
        <translation>（asyncio：每个任务约 %1 KiB，在别处测得）</translation>
    </message>
    <message>
        <source> (Python: about %1 KiB a thread, elsewhere)</source>
        <translation>（Python：每个线程约 %1 KiB，在别处测得）</translation>
    </message>
    <message>
        <source>%1%2 — longest event-loop stall %3 s</source>
        <translation>%1%2——事件循环最长卡顿 %3 秒</translation>
    </message>
    <message>
        <source>Live, on this machine</source>
        <translation>本机实时数据</translation>
    </message>
    <message>
        <source>Sleepers started</source>
        <translation>已启动的休眠任务</translation>
    </message>
    <message>
        <source>Sleepers finished</source>
        <translation>已完成的休眠任务</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <source>Python 3.11 for comparison — a reference measured elsewhere, not here</source>
        <translation>Python 3.11 对照——在别处测得的参考值，并非本机</translation>
    </message>
    <message>
        <source>Python reference</source>
        <translation>Python 参考值</translation>
    </message>
    <message>
        <source>How many can you run?</source>
        <translation>你能运行多少个？</translation>
    </message>
    <message>
        <source>A sleeping coroutine is a small object on the heap and the event loop keeps answering; a sleeping thread is a stack and a kernel task. Start a million of one and a few thousand of the other.</source>
        <translation>休眠的协程只是堆上的一个小对象，事件循环照常响应；休眠的线程则是一个栈加一个内核任务。前者启动一百万个，后者启动几千个试试。</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>lag now %1 ms, longest stall %2 s</source>
        <translation>当前延迟 %1 毫秒，最长卡顿 %2 秒</translation>
    </message>
    <message>
        <source>started %1 of %2</source>
        <translation>已启动 %1 / %2</translation>
    </message>
    <message>
        <source>finished %1 of %2</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Stopping: no more are started; those asleep wake within %1 s.</source>
        <translation>正在停止：不再启动新的任务；休眠中的任务会在 %1 秒内醒来。</translation>
    </message>
    <message>
        <source>Number of sleepers</source>
        <translation>休眠任务数量</translation>
    </message>
</context>
<context>
    <name>Lab::ScaleRun</name>
    <message>
        <source>create %1 threads</source>
        <translation>创建 %1 个线程</translation>
    </message>
    <message>
        <source>start %1 coroutines</source>
        <translation>启动 %1 个协程</translation>
    </message>
    <message>
        <source>launcher thread</source>
        <translation>启动器线程</translation>
    </message>
    <message>
        <source>%1 sleepers</source>
        <translation>%1 个休眠任务</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 个线程</translation>
    </message>
    <message>
        <source>sleeping %1 s each</source>
        <translation>每个休眠 %1 秒</translation>
    </message>
    <message>
        <source>std::thread x %1</source>
        <translation>std::thread x %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>已启动 %1</translation>
    </message>
    <message>
        <source>%1 threads created</source>
        <translation>已创建 %1 个线程</translation>
    </message>
    <message>
        <source>%1 more woke</source>
        <translation>又有 %1 个醒来</translation>
    </message>
</context>
<context>
    <name>Lab::SemaphoreExercise</name>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>waiting for the semaphore</source>
        <translation>等待信号量</translation>
    </message>
    <message>
        <source>inside: holds 1 of %1 permits</source>
        <translation>在内：持有 %1 个许可中的 1 个</translation>
    </message>
    <message>
        <source>task %1 is in (%2 inside)</source>
        <translation>任务 %1 进入（%2 个在内）</translation>
    </message>
    <message>
        <source>task %1 leaves and releases its permit</source>
        <translation>任务 %1 离开并释放其许可</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 s  %2</source>
        <translation>%1 秒  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks start; the semaphore lets %1 in at a time</source>
        <translation>
            <numerusform>%n 个任务启动；信号量每次放 %1 个进入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tasks done; at most %1 were inside at once</source>
        <translation>
            <numerusform>全部 %n 个任务已完成；同一时刻最多有 %1 个在内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every page (whatever has the focus, but a text field keeps its letters)</source>
        <translation>所有页面（无论焦点在哪里，但文本框会保留输入的字母）</translation>
    </message>
    <message>
        <source>The timeline, when it has the focus</source>
        <translation>时间线（获得焦点时）</translation>
    </message>
    <message>
        <source>W / S, + / −</source>
        <translation>W / S，+ / −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>放大 / 缩小</translation>
    </message>
    <message>
        <source>A / D</source>
        <translation>A / D</translation>
    </message>
    <message>
        <source>Pan left / right</source>
        <translation>向左 / 向右平移</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Show the start / the end</source>
        <translation>显示开头 / 结尾</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the whole recording</source>
        <translation>让整段记录适应窗口</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Replay: play / pause</source>
        <translation>回放：播放 / 暂停</translation>
    </message>
    <message>
        <source>, / .</source>
        <translation>, / .</translation>
    </message>
    <message>
        <source>Replay: previous / next event</source>
        <translation>回放：上一个 / 下一个事件</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Replay: slower / faster</source>
        <translation>回放：减速 / 加速</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the replay</source>
        <translation>退出回放</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by page</source>
        <translation>按页面列出的键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Lab::SpeedupChart</name>
    <message>
        <source>Speed-up against workers</source>
        <translation>加速比与工作者数量</translation>
    </message>
    <message>
        <source>Measured speed-up against workers; dashed: the ideal, as many times faster as workers up to the cores.</source>
        <translation>实测加速比随工作者数量的变化；虚线为理想值：工作者有几个就快几倍，直到核心数为止。</translation>
    </message>
    <message>
        <source>%1 workers: %2×</source>
        <translation>%1 个工作者：%2×</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>工作者</translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerDemo</name>
    <message>
        <source>frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <source>slow()</source>
        <translation>slow()</translation>
    </message>
    <message>
        <source>QThread::usleep on the GUI thread</source>
        <translation>GUI 线程上的 QThread::usleep</translation>
    </message>
    <message>
        <source>worker thread</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>QThread::usleep in a worker</source>
        <translation>工作线程中的 QThread::usleep</translation>
    </message>
    <message>
        <source>co_await sleep</source>
        <translation>co_await sleep</translation>
    </message>
    <message>
        <source>is_prime()</source>
        <translation>is_prime()</translation>
    </message>
    <message>
        <source>pool thread</source>
        <translation>线程池线程</translation>
    </message>
    <message>
        <source>spinner</source>
        <translation>旋转指示器</translation>
    </message>
    <message>
        <source>spinning every 0.1 s</source>
        <translation>每 0.1 秒转一下</translation>
    </message>
    <message>
        <source>is_prime() on the GUI thread for %1 s</source>
        <translation>GUI 线程上的 is_prime()，持续 %1 秒</translation>
    </message>
    <message>
        <source>is_prime() in the thread pool for %1 s</source>
        <translation>线程池中的 is_prime()，持续 %1 秒</translation>
    </message>
    <message>
        <source>slow() returned: the GUI thread goes on</source>
        <translation>slow() 已返回：GUI 线程继续</translation>
    </message>
    <message>
        <source>slow() finished: run() resumed</source>
        <translation>slow() 已完成：run() 恢复</translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerPage</name>
    <message>
        <source>Blocking sleep on the GUI thread</source>
        <translation>GUI 线程上的阻塞式睡眠</translation>
    </message>
    <message>
        <source>Sleep in a worker thread</source>
        <translation>在工作线程中睡眠</translation>
    </message>
    <message>
        <source>Coroutine awaiting a timer</source>
        <translation>等待定时器的协程</translation>
    </message>
    <message>
        <source>Prime check on the GUI thread (CPU)</source>
        <translation>GUI 线程上的素数检测（CPU）</translation>
    </message>
    <message>
        <source>Prime check in a thread pool, co_await QFuture</source>
        <translation>线程池中的素数检测，co_await QFuture</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the slow function takes. The CPU modes pick a prime whose check takes about this long on this machine.</source>
        <translation>慢函数需要多长时间。CPU 模式会挑选一个在本机上检测用时大约这么长的素数。</translation>
    </message>
    <message>
        <source>S&amp;low function:</source>
        <translation>慢函数(&amp;L)：</translation>
    </message>
    <message>
        <source>thinking!</source>
        <translation>思考中！</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>Spinner</source>
        <translation>旋转指示器</translation>
    </message>
    <message>
        <source>A spinner turns while a slow function runs — unless the slow function blocks the event loop: then the spinner and the whole window freeze.</source>
        <translation>慢函数运行时，旋转指示器一直在转——除非慢函数阻塞了事件循环：那样旋转指示器和整个窗口都会冻结。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped: the answer was not awaited.</source>
        <translation>已停止：没有等到答案。</translation>
    </message>
    <message>
        <source>Switches the mode to its blocking twin and back: a blocking sleep or a coroutine, the prime check on the GUI thread or in the thread pool</source>
        <translation>在当前模式与其阻塞版本之间切换：阻塞式睡眠或协程，在 GUI 线程上或在线程池中检查素数</translation>
    </message>
    <message numerus="yes">
        <source>Answer: %1 after %2 s, %n spinner frames drawn, longest event-loop stall %3 s</source>
        <translation>
            <numerusform>答案：%1，用时 %2 秒，旋转指示器绘制了 %n 帧，事件循环最长卡顿 %3 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerWidget</name>
    <message>
        <source>Spinner</source>
        <translation>旋转指示器</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
</context>
<context>
    <name>Lab::TaskState</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>阻塞</translation>
    </message>
</context>
<context>
    <name>Lab::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Lab::ThemeFocusFrame</name>
    <message>
        <source>Keyboard focus</source>
        <translation>键盘焦点</translation>
    </message>
</context>
<context>
    <name>Lab::ThreadCheckers</name>
    <message>
        <source>worker thread %1</source>
        <translation>工作线程 %1</translation>
    </message>
    <message>
        <source>end of work: sentinel sent</source>
        <translation>工作结束：已发送哨兵值</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>%1 waits for the GIL</source>
        <translation>%1 等待 GIL</translation>
    </message>
</context>
<context>
    <name>Lab::TimelinePanel</name>
    <message>
        <source>Play replay</source>
        <translation>播放回放</translation>
    </message>
    <message>
        <source>Replay the recording from the cursor (P)</source>
        <translation>从光标处回放记录（P）</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <source>Step back to the previous event (,)</source>
        <translation>后退到上一个事件（,）</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <source>Step on to the next event (.)</source>
        <translation>前进到下一个事件（.）</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <source>Leave replay: the demo shows the end of the run again (Esc)</source>
        <translation>退出回放：演示重新显示运行结束时的状态（Esc）</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Replay speed ([ slower, ] faster)</source>
        <translation>回放速度（[ 减慢，] 加快）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>回放时间</translation>
    </message>
    <message>
        <source>Search span labels (e.g. BR)</source>
        <translation>搜索时段标签（例如 BR）</translation>
    </message>
    <message>
        <source>Search span labels</source>
        <translation>搜索时段标签</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Previous span matching the search (Shift+Return)</source>
        <translation>上一个匹配搜索的时段（Shift+回车）</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Next span matching the search (Return)</source>
        <translation>下一个匹配搜索的时段（回车）</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Show all lanes</source>
        <translation>显示所有泳道</translation>
    </message>
    <message>
        <source>Show the lanes hidden from the label column&apos;s context menu</source>
        <translation>显示通过标签列右键菜单隐藏的泳道</translation>
    </message>
    <message>
        <source>Selected span</source>
        <translation>选中的时段</translation>
    </message>
    <message>
        <source>Statistics of the selected range</source>
        <translation>选中范围的统计</translation>
    </message>
    <message>
        <source>Spans of the selected task</source>
        <translation>选中任务的时段</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>暂停回放</translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation>暂停回放（P）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Click a span for its details; Shift+drag over the timeline to select a time range.</source>
        <translation>点击时段查看详情；在时间线上按住 Shift 拖动可选择时间范围。</translation>
    </message>
    <message>
        <source>%1 on average, %2 at peak</source>
        <translation>平均 %1，峰值 %2</translation>
    </message>
    <message>
        <source>Range %1 to %2 (%3)</source>
        <translation>范围 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Tasks running: %1</source>
        <translation>运行中的任务：%1</translation>
    </message>
    <message>
        <source>Tasks waiting (I/O or sleep): %1</source>
        <translation>等待中的任务（I/O 或休眠）：%1</translation>
    </message>
    <message>
        <source>Tasks queued: %1</source>
        <translation>排队中的任务：%1</translation>
    </message>
    <message>
        <source>Tasks blocked: %1</source>
        <translation>阻塞的任务：%1</translation>
    </message>
    <message>
        <source>Event loop busy %1 %, blocked %2 %</source>
        <translation>事件循环忙碌 %1 %，阻塞 %2 %</translation>
    </message>
    <message>
        <source>Longest stall: %1 (from %2)</source>
        <translation>最长卡顿：%1（从 %2 开始）</translation>
    </message>
    <message>
        <source>No stall</source>
        <translation>没有卡顿</translation>
    </message>
    <message>
        <source>Throughput: %1 span ends per second (%2 in the range)</source>
        <translation>吞吐量：每秒结束 %1 个时段（范围内共 %2 个）</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>没有匹配</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hits</source>
        <translation>
            <numerusform>第 %1 个，共 %n 个匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>显示所有泳道（%n 条已隐藏）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TimelineWidget</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>many short spans (zoom in)</source>
        <translation>许多短时段（请放大）</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>视图：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n 个时段</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message numerus="yes">
        <source>%n spans in this pixel: zoom in to tell them apart</source>
        <translation>
            <numerusform>此像素内有 %n 个时段：放大以区分它们</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Duration: %1 (still going)</source>
        <translation>时长：%1（仍在进行）</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>Event at %1: %2</source>
        <translation>%1 处的事件：%2</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>无法写入图像 %1：%2</translation>
    </message>
    <message>
        <source>There is no recording to export.</source>
        <translation>没有可导出的记录。</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>全部适应</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as Chrome trace JSON…</source>
        <translation>导出为 Chrome 跟踪 JSON…</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>将时间线导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export timeline as Chrome trace JSON</source>
        <translation>将时间线导出为 Chrome 跟踪 JSON</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome 跟踪 JSON (*.json)</translation>
    </message>
    <message>
        <source>Wheel or W/S: zoom · Drag or A/D: pan · Shift+drag: select · F: fit · P: replay</source>
        <translation>滚轮或 W/S：缩放 · 拖动或 A/D：平移 · Shift+拖动：选择 · F：适应 · P：回放</translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n 条泳道</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show the lanes of %1</source>
        <translation>点击以显示 %1 的泳道</translation>
    </message>
    <message>
        <source>Click to collapse the lanes of %1 into one row</source>
        <translation>点击以将 %1 的泳道折叠为一行</translation>
    </message>
    <message>
        <source>Hide lane “%1”</source>
        <translation>隐藏泳道“%1”</translation>
    </message>
    <message>
        <source>Expand thread “%1”</source>
        <translation>展开线程“%1”</translation>
    </message>
    <message>
        <source>Collapse thread “%1” into one row</source>
        <translation>将线程“%1”折叠为一行</translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>显示所有泳道（%n 条已隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older events dropped (%n spans): the recording keeps the newest</source>
        <translation>
            <numerusform>已丢弃较早的事件（%n 个时段）：记录只保留最新的</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <source>Await site: %1</source>
        <translation>等待位置：%1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, from %2 for %3</source>
        <translation>%1，从 %2 开始，持续 %3</translation>
    </message>
</context>
<context>
    <name>Lab::ToyLoop</name>
    <message>
        <source>Total elapsed time is %1</source>
        <translation>总用时为 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Lab::TraceFileLoader</name>
    <message>
        <source>Opened %1: %2 spans, %3 lanes.</source>
        <translation>已打开 %1：%2 个时段，%3 条泳道。</translation>
    </message>
    <message>
        <source>The file ended without closing its event list (a trace cut short); what it holds is shown.</source>
        <translation>文件在事件列表闭合之前就结束了（跟踪文件被截断）；已显示其中的内容。</translation>
    </message>
</context>
<context>
    <name>Lab::TraceFileReader</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2, and this app opens traces of up to %3.</source>
        <translation>无法打开 %1：它有 %2，而本应用最多只能打开 %3 的跟踪文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>zlib could not start.</source>
        <translation>zlib 无法启动。</translation>
    </message>
    <message>
        <source>unpacked, it is larger than %1, the most this app opens (the file itself is %2).</source>
        <translation>解压后大于 %1，超过了本应用能打开的上限（文件本身为 %2）。</translation>
    </message>
    <message>
        <source>it is a damaged gzip file (%1).</source>
        <translation>这是一个损坏的 gzip 文件（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TraceOpener</name>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>正在打开 %1（%2）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开跟踪文件</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Lab::TracePage</name>
    <message>
        <source>Countdown, awaited sleep</source>
        <translation>倒计时，等待式睡眠</translation>
    </message>
    <message>
        <source>Countdown, time.sleep() in a coroutine</source>
        <translation>倒计时，协程中的 time.sleep()</translation>
    </message>
    <message>
        <source>Flags, 3 downloads at a time</source>
        <translation>国旗，每次 3 个下载</translation>
    </message>
    <message>
        <source>Thread pool and a thread</source>
        <translation>线程池和一个线程</translation>
    </message>
    <message>
        <source>Your own command</source>
        <translation>你自己的命令</translation>
    </message>
    <message>
        <source>The program and its arguments, e.g. python3 flags2_asyncio.py -s DELAY</source>
        <translation>程序及其参数，例如 python3 flags2_asyncio.py -s DELAY</translation>
    </message>
    <message>
        <source>the examples&apos; folder</source>
        <translation>示例文件夹</translation>
    </message>
    <message>
        <source>The folder the program runs in; empty: the folder of the shipped examples</source>
        <translation>程序运行所在的文件夹；留空：随附示例所在的文件夹</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>示例(&amp;X)：</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>The program&apos;s output</source>
        <translation>程序的输出</translation>
    </message>
    <message>
        <source>The program&apos;s output appears here while it runs.</source>
        <translation>程序运行时，其输出显示在这里。</translation>
    </message>
    <message>
        <source>%1 tasks, %2 threads, longest event-loop block %3 s, run time %4 s.</source>
        <translation>%1 个任务，%2 个线程，事件循环最长阻塞 %3 秒，运行时间 %4 秒。</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>你的程序</translation>
    </message>
    <message>
        <source>Any Python program, unmodified: each asyncio task gets a lane, each thread too, and whatever holds the event loop over 50 ms shows as a red block — live, while it runs.</source>
        <translation>任意 Python 程序，无需修改：每个 asyncio 任务各占一条泳道，每个线程也是；凡是占住事件循环超过 50 毫秒的操作都会显示为红色块——在程序运行时实时呈现。</translation>
    </message>
    <message>
        <source>cannot write the examples to a temporary folder</source>
        <translation>无法将示例写入临时文件夹</translation>
    </message>
    <message>
        <source>type a command to run, e.g. python3 script.py</source>
        <translation>请输入要运行的命令，例如 python3 script.py</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>“%1”不是文件夹</translation>
    </message>
    <message>
        <source>Cannot run: %1.</source>
        <translation>无法运行：%1。</translation>
    </message>
</context>
<context>
    <name>Lab::TraceRecorder</name>
    <message>
        <source>Event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
</context>
<context>
    <name>Lab::WindowHost</name>
    <message>
        <source>The language changed: the run in progress was stopped.</source>
        <translation>语言已切换：正在进行的运行已停止。</translation>
    </message>
</context>
</TS>
