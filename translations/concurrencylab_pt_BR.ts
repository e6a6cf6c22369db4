<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Lab::AboutDialog</name>
    <message>
        <source>About Concurrency Lab</source>
        <translation>Sobre o Laboratório de Concorrência</translation>
    </message>
    <message>
        <source>Concurrency Lab icon</source>
        <translation>Ícone do Laboratório de Concorrência</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Concurrency Lab %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Laboratório de Concorrência %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Makes concurrency visible: coroutines, threads and a blocked event loop as live demos on a timeline.</source>
        <translation>Torna a concorrência visível: corrotinas, threads e um laço de eventos bloqueado, em demonstrações ao vivo numa linha do tempo.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenças</translation>
    </message>
    <message>
        <source>&amp;MIT licence</source>
        <translation>Licença &amp;MIT</translation>
    </message>
    <message>
        <source>About, licences and the licence text</source>
        <translation>Sobre, licenças e o texto da licença</translation>
    </message>
    <message>
        <source>&lt;p&gt;Concurrency Lab turns the labs of the talk &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; into live demos you can click through: plates that fall when nobody spins them, latencies in human scale, a spinner, countdowns, coroutines resumed by hand, flags downloading into a grid, a simultaneous chess exhibition and a million sleeping coroutines.&lt;/p&gt;&lt;p&gt;Every coroutine demo runs on this window&apos;s own event loop through QCoro, so a blocking call really freezes the window, and the event-loop meter measures by how much.&lt;/p&gt;&lt;h3&gt;Credits&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;The talk &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; and the workshop &lt;i&gt;Modern Concurrency in Python&lt;/i&gt; (fluentpython/concurrency2017) by Luciano Ramalho.&lt;/li&gt;&lt;li&gt;The book &lt;i&gt;Fluent Python&lt;/i&gt; by Luciano Ramalho (O&apos;Reilly), whose concurrency chapters the flags, spinner and primes examples come from.&lt;/li&gt;&lt;li&gt;The toy event loop after Brett Cannon&apos;s &lt;i&gt;launchpad&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;The chess exhibition analogy from Miguel Grinberg&apos;s talk &lt;i&gt;Asynchronous Python for the Complete Beginner&lt;/i&gt; (PyCon 2017); the boards replay public-domain master games.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;O Laboratório de Concorrência transforma os laboratórios da palestra &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; em demonstrações ao vivo que você pode explorar: pratos que caem quando ninguém os gira, latências em escala humana, um spinner, contagens regressivas, corrotinas retomadas à mão, bandeiras baixando numa grade, uma simultânea de xadrez e um milhão de corrotinas dormindo.&lt;/p&gt;&lt;p&gt;Cada demonstração com corrotinas roda no próprio laço de eventos desta janela, via QCoro; assim, uma chamada bloqueante congela de verdade a janela, e o medidor do laço de eventos mostra por quanto tempo.&lt;/p&gt;&lt;h3&gt;Créditos&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;A palestra &lt;i&gt;Modern Concurrency — the new world of async/await&lt;/i&gt; e o workshop &lt;i&gt;Modern Concurrency in Python&lt;/i&gt; (fluentpython/concurrency2017), de Luciano Ramalho.&lt;/li&gt;&lt;li&gt;O livro &lt;i&gt;Python Fluente&lt;/i&gt;, de Luciano Ramalho (O&apos;Reilly/Novatec), de cujos capítulos sobre concorrência vêm os exemplos das bandeiras, do spinner e dos primos.&lt;/li&gt;&lt;li&gt;O laço de eventos de brinquedo, inspirado no &lt;i&gt;launchpad&lt;/i&gt; de Brett Cannon.&lt;/li&gt;&lt;li&gt;A analogia da simultânea de xadrez, da palestra &lt;i&gt;Asynchronous Python for the Complete Beginner&lt;/i&gt; (PyCon 2017) de Miguel Grinberg; os tabuleiros reproduzem partidas de mestres em domínio público.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concurrency Lab&lt;/h3&gt;&lt;p&gt;MIT licence: you may use, copy, modify, merge, publish, distribute, sublicense and sell copies, provided the copyright notice and the permission notice are kept; it comes without warranty. The full text is on the next tab.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1, under the GNU Lesser General Public License version 3 (LGPLv3), linked dynamically: &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;QCoro, under the MIT licence: &lt;a href=&quot;https://github.com/qcoro/qcoro&quot;&gt;github.com/qcoro/qcoro&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Flag images: public domain. From Debian&apos;s iso-flags-png-320x240 (the Linux Mint flag set); no copyright claimed, dedicated to the public domain by Brett Roper in 2003.&lt;/li&gt;&lt;li&gt;Country names: from Debian&apos;s iso-codes, under the GNU Lesser General Public License version 2.1 or later.&lt;/li&gt;&lt;li&gt;The book&apos;s 194 country codes: from &lt;i&gt;Fluent Python&lt;/i&gt;&apos;s examples, Copyright (c) 2014 Luciano Ramalho, MIT licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The details are in resources/flags/LICENSE.md in the source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Laboratório de Concorrência&lt;/h3&gt;&lt;p&gt;Licença MIT: você pode usar, copiar, modificar, mesclar, publicar, distribuir, sublicenciar e vender cópias, desde que mantenha o aviso de copyright e o aviso de permissão; é fornecido sem garantia. O texto completo (em inglês) está na próxima aba.&lt;/p&gt;&lt;h3&gt;Bibliotecas&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1, sob a GNU Lesser General Public License versão 3 (LGPLv3), ligado dinamicamente: &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;QCoro, sob a licença MIT: &lt;a href=&quot;https://github.com/qcoro/qcoro&quot;&gt;github.com/qcoro/qcoro&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Dados incluídos&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Imagens das bandeiras: domínio público. Do pacote iso-flags-png-320x240 do Debian (o conjunto de bandeiras do Linux Mint); sem reivindicação de copyright, dedicadas ao domínio público por Brett Roper em 2003.&lt;/li&gt;&lt;li&gt;Nomes dos países: do iso-codes do Debian, sob a GNU Lesser General Public License versão 2.1 ou posterior.&lt;/li&gt;&lt;li&gt;Os 194 códigos de países do livro: dos exemplos de &lt;i&gt;Python Fluente&lt;/i&gt;, Copyright (c) 2014 Luciano Ramalho, licença MIT.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Os detalhes estão em resources/flags/LICENSE.md no código-fonte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>O texto da licença não está nesta compilação.</translation>
    </message>
    <message>
        <source>MIT licence text</source>
        <translation>Texto da licença MIT</translation>
    </message>
    <message>
        <source>&amp;Event loop</source>
        <translation>Laço de &amp;eventos</translation>
    </message>
</context>
<context>
    <name>Lab::Chess</name>
    <message>
        <source>sequential</source>
        <extracomment>How the master plays the boards: one game after another, or all of them at once.</extracomment>
        <translation>sequencial</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>simultânea</translation>
    </message>
    <message>
        <source>opponents must be 1 to %1</source>
        <translation>os adversários devem ser de 1 a %1</translation>
    </message>
    <message>
        <source>move pairs must be 1 to %1</source>
        <translation>os pares de lances devem ser de 1 a %1</translation>
    </message>
    <message>
        <source>the master&apos;s move must take 0.001 to 3600 s</source>
        <translation>o lance da mestra deve levar de 0,001 a 3600 s</translation>
    </message>
    <message>
        <source>an opponent&apos;s move must take 0 to 3600 s</source>
        <translation>o lance de um adversário deve levar de 0 a 3600 s</translation>
    </message>
    <message>
        <source>%1 more than the formula: it leaves out the last opponent&apos;s final reply (%2)</source>
        <translation>%1 a mais que a fórmula: ela deixa de fora a última resposta do último adversário (%2)</translation>
    </message>
    <message>
        <source>, and an opponent needs %1 but her walk round the other boards takes only (%2 − 1) × %3 = %4, so she waits %5 at board 1 in each of the last %6 rounds</source>
        <translation>, e um adversário precisa de %1, mas a volta dela pelos outros tabuleiros leva só (%2 − 1) × %3 = %4, então ela espera %5 no tabuleiro 1 em cada uma das últimas %6 rodadas</translation>
    </message>
</context>
<context>
    <name>Lab::ChessExhibition</name>
    <message>
        <source>master</source>
        <translation>mestra</translation>
    </message>
    <message>
        <source>opponent %1</source>
        <translation>adversário %1</translation>
    </message>
    <message>
        <source>waits at board %1</source>
        <translation>espera no tabuleiro %1</translation>
    </message>
    <message>
        <source>moves on board %1</source>
        <translation>joga no tabuleiro %1</translation>
    </message>
    <message>
        <source>waits for the master</source>
        <translation>espera a mestra</translation>
    </message>
    <message>
        <source>thinks</source>
        <translation>pensa</translation>
    </message>
    <message>
        <source>moved on board %1: the opponent thinks</source>
        <translation>jogou no tabuleiro %1: o adversário pensa</translation>
    </message>
    <message>
        <source>replied on board %1</source>
        <translation>respondeu no tabuleiro %1</translation>
    </message>
</context>
<context>
    <name>Lab::ChessPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <translation>simultânea</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequencial</translation>
    </message>
    <message>
        <source>both, one after the other</source>
        <translation>as duas, uma depois da outra</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>tempo real</translation>
    </message>
    <message>
        <source>1 min per second</source>
        <translation>1 min por segundo</translation>
    </message>
    <message>
        <source>10 min per second</source>
        <translation>10 min por segundo</translation>
    </message>
    <message>
        <source>1 h per second</source>
        <translation>1 h por segundo</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>o mais rápido possível</translation>
    </message>
    <message>
        <source>&amp;Opponents:</source>
        <translation>&amp;Adversários:</translation>
    </message>
    <message>
        <source>&amp;Her move:</source>
        <translation>&amp;Lance dela:</translation>
    </message>
    <message>
        <source>The&amp;ir move:</source>
        <translation>Lance &amp;deles:</translation>
    </message>
    <message>
        <source>Move p&amp;airs:</source>
        <translation>Pares de lan&amp;ces:</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Ordem:</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>&amp;Velocidade:</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Contin&amp;uar</translation>
    </message>
    <message>
        <source>The simulated clock (h:mm:ss)</source>
        <translation>O relógio simulado (h:mm:ss)</translation>
    </message>
    <message>
        <source>The parameters are locked during a run: Stop it to change them.</source>
        <translation>Os parâmetros ficam travados durante uma execução: pare-a para alterá-los.</translation>
    </message>
    <message>
        <source>Chess exhibition</source>
        <translation>Simultânea de xadrez</translation>
    </message>
    <message>
        <source>Cannot start: %1.</source>
        <translation>Não é possível começar: %1.</translation>
    </message>
    <message>
        <source>Stopped at %1 of the %2 exhibition.</source>
        <translation>Parada em %1 da exibição %2.</translation>
    </message>
    <message>
        <source>Board %1 replays %2 – %3, %4</source>
        <translation>O tabuleiro %1 reproduz %2 – %3, %4</translation>
    </message>
    <message>
        <source>Board %1</source>
        <translation>Tabuleiro %1</translation>
    </message>
    <message>
        <source>she moves</source>
        <translation>ela joga</translation>
    </message>
    <message>
        <source>her turn</source>
        <translation>vez dela</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>pensando</translation>
    </message>
    <message>
        <source>his turn</source>
        <translation>vez dele</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>%1 · move %2 · %3</source>
        <translation>%1 · lance %2 · %3</translation>
    </message>
    <message>
        <source>she waits at board %1</source>
        <translation>ela espera no tabuleiro %1</translation>
    </message>
    <message>
        <source>she moves at board %1</source>
        <translation>ela joga no tabuleiro %1</translation>
    </message>
    <message>
        <source>her last move is played; the last replies are coming</source>
        <translation>o último lance dela foi jogado; as últimas respostas estão chegando</translation>
    </message>
    <message>
        <source>her moves: %1, theirs: %2</source>
        <translation>lances dela: %1, deles: %2</translation>
    </message>
    <message>
        <source>she has waited %1</source>
        <translation>ela esperou %1</translation>
    </message>
    <message>
        <source>boards 1–%1 of %2 are drawn</source>
        <translation>tabuleiros 1–%1 de %2 desenhados</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>%1, simulated</source>
        <translation>%1, simulado</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>ainda não executada</translation>
    </message>
    <message>
        <source>%1, talk&apos;s formula</source>
        <translation>%1, fórmula da palestra</translation>
    </message>
    <message>
        <source>Run an exhibition to see its totals beside the talk&apos;s formulas.</source>
        <translation>Execute uma exibição para ver os totais ao lado das fórmulas da palestra.</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tabuleiros</translation>
    </message>
    <message>
        <source>One master, many opponents: while they think she moves on. Played one game after the other the exhibition takes 12 hours; walking from board to board, about one hour — the master is the event loop, the opponents&apos; thinking is the I/O it does not wait for.</source>
        <translation>Uma mestra, muitos adversários: enquanto eles pensam, ela segue adiante. Jogando uma partida depois da outra, a exibição leva 12 horas; passando de tabuleiro em tabuleiro, cerca de uma — a mestra é o laço de eventos, e o pensar dos adversários é a E/S pela qual ela não espera.</translation>
    </message>
    <message>
        <source>Played one after the other, the games ended at %1; played simultaneously, at %2. Longest event-loop stall %3 s.</source>
        <translation>Jogadas uma depois da outra, as partidas terminaram em %1; jogadas simultaneamente, em %2. Maior travamento do laço de eventos: %3 s.</translation>
    </message>
    <message>
        <source>Played one after the other, the games ended at %1. Longest event-loop stall %2 s.</source>
        <translation>Jogadas uma depois da outra, as partidas terminaram em %1. Maior travamento do laço de eventos: %2 s.</translation>
    </message>
    <message>
        <source>Played simultaneously, the games ended at %1. Longest event-loop stall %2 s.</source>
        <translation>Jogadas simultaneamente, as partidas terminaram em %1. Maior travamento do laço de eventos: %2 s.</translation>
    </message>
    <message>
        <source>Longest event-loop stall %1 s.</source>
        <translation>Maior travamento do laço de eventos: %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n games of %2 move pairs finished at %3 (talk&apos;s formula: %4); she waited %5.</source>
        <extracomment>%n games (one per opponent) of %2 move pairs each.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n partida de %2 pares de lances terminada em %3 (fórmula da palestra: %4); ela esperou %5.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n partidas de %2 pares de lances terminadas em %3 (fórmula da palestra: %4); ela esperou %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ChessTotalsChart</name>
    <message>
        <source>Totals beside the talk&apos;s formulas</source>
        <translation>Totais ao lado das fórmulas da palestra</translation>
    </message>
</context>
<context>
    <name>Lab::ChromeTraceExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::ChromeTraceImporter</name>
    <message>
        <source>Cannot open %1 as a trace. %2</source>
        <translation>Não foi possível abrir %1 como trace. %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>thread %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tarefa %1</translation>
    </message>
    <message>
        <source>The trace holds no events this app can show (slices, instants or flows).</source>
        <translation>O trace não contém eventos que este aplicativo consiga mostrar (fatias, instantes ou fluxos).</translation>
    </message>
    <message>
        <source>%1 · level %2</source>
        <translation>%1 · nível %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>%1 spans</source>
        <translation>%1 trechos</translation>
    </message>
    <message>
        <source>%1 instants</source>
        <translation>%1 instantes</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 ligações</translation>
    </message>
    <message>
        <source>The trace holds more than the timeline keeps (%1 of each kind): the oldest %2 were dropped, marked by a hatched band.</source>
        <translation>O trace contém mais do que a linha do tempo guarda (%1 de cada tipo): os mais antigos foram descartados (%2), marcados por uma faixa hachurada.</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: it has no list of trace events (an array, or an object with &quot;traceEvents&quot;).</source>
        <translation>Não é um trace do Chrome: não tem uma lista de eventos (um array, ou um objeto com &quot;traceEvents&quot;).</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: that is JSON starting with [ or {, and this file is not valid JSON.</source>
        <translation>Não é um trace do Chrome: um trace é JSON começando com [ ou {, e este arquivo não é JSON válido.</translation>
    </message>
    <message>
        <source>It is not a Chrome trace: it is not valid JSON (at character %1).</source>
        <translation>Não é um trace do Chrome: não é JSON válido (no caractere %1).</translation>
    </message>
    <message>
        <source>the last event cut short at the end of the file</source>
        <translation>o último evento, cortado no fim do arquivo</translation>
    </message>
    <message>
        <source>the rest of the file unreadable (from character %1)</source>
        <translation>o resto do arquivo, ilegível (a partir do caractere %1)</translation>
    </message>
    <message>
        <source>an event that is not valid JSON</source>
        <translation>evento que não é JSON válido</translation>
    </message>
    <message>
        <source>an entry that is not an object</source>
        <translation>entrada que não é um objeto</translation>
    </message>
    <message>
        <source>no phase (&quot;ph&quot;)</source>
        <translation>sem fase (&quot;ph&quot;)</translation>
    </message>
    <message>
        <source>no time stamp, or one that is not a number (&quot;ts&quot;)</source>
        <translation>sem carimbo de tempo, ou com um que não é número (&quot;ts&quot;)</translation>
    </message>
    <message>
        <source>a time stamp out of range (&quot;ts&quot;)</source>
        <translation>carimbo de tempo fora do intervalo (&quot;ts&quot;)</translation>
    </message>
    <message>
        <source>a complete event without a duration (&quot;dur&quot;)</source>
        <translation>evento completo sem duração (&quot;dur&quot;)</translation>
    </message>
    <message>
        <source>a negative duration (&quot;dur&quot;)</source>
        <translation>duração negativa (&quot;dur&quot;)</translation>
    </message>
    <message>
        <source>a duration out of range (&quot;dur&quot;)</source>
        <translation>duração fora do intervalo (&quot;dur&quot;)</translation>
    </message>
    <message>
        <source>an end (&quot;E&quot;) without its begin</source>
        <translation>fim (&quot;E&quot;) sem o seu início</translation>
    </message>
    <message>
        <source>an async end (&quot;e&quot;) without its begin</source>
        <translation>fim assíncrono (&quot;e&quot;) sem o seu início</translation>
    </message>
    <message>
        <source>a flow&apos;s arriving end without its start</source>
        <translation>chegada de um fluxo sem a sua partida</translation>
    </message>
    <message>
        <source>a flow&apos;s start without its arriving end</source>
        <translation>partida de um fluxo sem a sua chegada</translation>
    </message>
    <message>
        <source>The trace holds no events.</source>
        <translation>O trace não contém eventos.</translation>
    </message>
    <message numerus="yes">
        <source>It is JSON, but not a Chrome trace: none of its %n entries is a trace event.</source>
        <translation>
            <numerusform>É JSON, mas não um trace do Chrome: a sua %n entrada não é um evento de trace.</numerusform>
            <numerusform>É JSON, mas não um trace do Chrome: nenhuma das suas %n entradas é um evento de trace.</numerusform>
        </translation>
    </message>
    <message>
        <source>a time stamp months away from the rest of the trace</source>
        <translation>carimbo de tempo a meses de distância do resto do trace</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processo %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>%1 (tid %2)</source>
        <translation>%1 (tid %2)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events skipped: %1</source>
        <translation>
            <numerusform>%n evento ignorado: %1</numerusform>
            <numerusform>%n eventos ignorados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a Perfetto protobuf trace (what Chromium and Perfetto record by default), and this timeline reads Chrome trace JSON. Record with Chromium&apos;s --trace-startup-format=json, or convert the file with Perfetto&apos;s tool: traceconv json FILE OUT.json.</source>
        <translation>É um trace protobuf do Perfetto (o que o Chromium e o Perfetto gravam por padrão), e esta linha do tempo lê traces do Chrome em JSON. Grave com a opção --trace-startup-format=json do Chromium ou converta o arquivo com a ferramenta do Perfetto: traceconv json ARQUIVO SAIDA.json.</translation>
    </message>
</context>
<context>
    <name>Lab::CodeView</name>
    <message>
        <source>Source code of the running mode</source>
        <translation>Código-fonte do modo em execução</translation>
    </message>
    <message>
        <source>Source of “%1” not found in %2</source>
        <translation>Código de “%1” não encontrado em %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>Code panel</source>
        <translation>Painel de código</translation>
    </message>
</context>
<context>
    <name>Lab::CorosPage</name>
    <message>
        <source>4. A toy event loop: launchpad&apos;s countdowns</source>
        <translation>4. Um laço de eventos de brinquedo: as contagens regressivas da plataforma de lançamento</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>E&amp;xercício:</translation>
    </message>
    <message>
        <source>Coroutines by hand</source>
        <translation>Corrotinas à mão</translation>
    </message>
    <message>
        <source>A coroutine is an object you resume. Each resume runs it to its next co_await, and what is handed out there comes straight back to you. An event loop is just code that calls resume().</source>
        <translation>Uma corrotina é um objeto que você retoma. Cada retomada a executa até o próximo co_await, e o que ela entrega ali volta direto para você. Um laço de eventos é só um código que chama resume().</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>finished at %1 on the loop&apos;s clock</source>
        <translation>terminou em %1 no relógio do laço</translation>
    </message>
    <message>
        <source>clock %1, next wake-up at %2</source>
        <translation>relógio %1, próximo despertar em %2</translation>
    </message>
    <message>
        <source>%1 woke, ran, and now waits at line %2</source>
        <translation>%1 acordou, executou e agora espera na linha %2</translation>
    </message>
    <message>
        <source>%1 woke and ran to its end</source>
        <translation>%1 acordou e executou até o fim</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>5. async for over an async generator, on the toy loop</source>
        <translation>5. async for sobre um gerador assíncrono, no laço de brinquedo</translation>
    </message>
    <message>
        <source>6. async with: a semaphore lets 3 of 8 tasks in</source>
        <translation>6. async with: um semáforo deixa entrar 3 de 8 tarefas</translation>
    </message>
    <message>
        <source>inside: %1 · waiting: %2 · done: %3</source>
        <translation>dentro: %1 · esperando: %2 · concluídas: %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>finished: at most %1 of %2 tasks were inside at once</source>
        <translation>concluído: no máximo %1 de %2 tarefas estiveram dentro ao mesmo tempo</translation>
    </message>
    <message>
        <source>The semaphore has %1 permits: each task awaits one at the top of its scope, and the guard gives it back when the scope ends. Each task is a lane on the timeline.</source>
        <translation>O semáforo tem %1 permissões: cada tarefa aguarda uma no início do seu escopo, e o guarda a devolve quando o escopo termina. Cada tarefa é uma faixa na linha do tempo.</translation>
    </message>
    <message>
        <source>%1 woke, ran, and now waits: %2</source>
        <translation>%1 acordou, executou e agora espera: %2</translation>
    </message>
    <message>
        <source>%1: at most %2 of %3 tasks were inside at once (limit %4)</source>
        <translation>%1: no máximo %2 de %3 tarefas estiveram dentro ao mesmo tempo (limite %4)</translation>
    </message>
    <message>
        <source>Skip the prediction when presenting</source>
        <translation>Pular a previsão ao apresentar</translation>
    </message>
    <message>
        <source>In presenter mode, Run (Space) goes without a prediction.</source>
        <translation>No modo de apresentação, Executar (Espaço) roda sem previsão.</translation>
    </message>
    <message>
        <source>In the prediction field: run with this prediction</source>
        <translation>No campo da previsão: executar com esta previsão</translation>
    </message>
    <message>
        <source>Predict the output first, then press Ctrl+Return to run (or tick “Skip the prediction”: Alt+K).</source>
        <translation>Preveja a saída primeiro e depois tecle Ctrl+Enter para executar (ou marque “Pular a previsão”: Alt+K).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (simulated), in %n steps of the loop</source>
        <translation>
            <numerusform>%1 (simulado), em %n passo do laço</numerusform>
            <numerusform>%1 (simulado), em %n passos do laço</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 after %n steps</source>
        <translation>
            <numerusform>%1: %2 após %n passo</numerusform>
            <numerusform>%1: %2 após %n passos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n steps.</source>
        <translation>
            <numerusform>Parado após %n passo.</numerusform>
            <numerusform>Parado após %n passos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CoroutineStepView</name>
    <message>
        <source>S&amp;kip the prediction</source>
        <translation>Pu&amp;lar a previsão</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Reto&amp;mar</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Pass&amp;o</translation>
    </message>
    <message>
        <source>The prediction you made</source>
        <translation>A previsão que você fez</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Predict the output first: what will each step give, and what happens at the end?</source>
        <translation>Preveja a saída primeiro: o que cada passo vai dar, e o que acontece no fim?</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Sua previsão</translation>
    </message>
    <message>
        <source>resume(): run the coroutine to its next co_await</source>
        <translation>resume(): executa a corrotina até o próximo co_await</translation>
    </message>
    <message>
        <source>send(value): resume the coroutine with this value as the result of its co_await</source>
        <translation>send(valor): retoma a corrotina com este valor como resultado do co_await</translation>
    </message>
    <message>
        <source>One iteration of the toy loop: wake the task with the earliest deadline</source>
        <translation>Uma iteração do laço de brinquedo: acorda a tarefa com o prazo mais próximo</translation>
    </message>
    <message>
        <source>Resume the coroutine</source>
        <translation>Retomar a corrotina</translation>
    </message>
    <message>
        <source>Send a value into the coroutine</source>
        <translation>Enviar um valor para a corrotina</translation>
    </message>
    <message>
        <source>Value to send</source>
        <translation>Valor a enviar</translation>
    </message>
    <message>
        <source>Step the toy loop</source>
        <translation>Avançar o laço de brinquedo</translation>
    </message>
    <message>
        <source>Coroutine state</source>
        <translation>Estado da corrotina</translation>
    </message>
    <message>
        <source>What each step gave</source>
        <translation>O que cada passo deu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Waits at</source>
        <translation>Espera em</translation>
    </message>
    <message>
        <source>The toy loop&apos;s heap</source>
        <translation>O heap do laço de brinquedo</translation>
    </message>
    <message>
        <source>&amp;Your prediction:</source>
        <translation>Sua pre&amp;visão:</translation>
    </message>
    <message>
        <source>You predicted:</source>
        <translation>Você previu:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>O que aconteceu:</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(pulada)</translation>
    </message>
    <message>
        <source>Write your prediction above (or tick “Skip the prediction”) to start stepping.</source>
        <translation>Escreva sua previsão acima (ou marque “Pular a previsão”) para começar a avançar.</translation>
    </message>
    <message>
        <source>Prediction skipped.</source>
        <translation>Previsão pulada.</translation>
    </message>
    <message>
        <source>Your prediction is locked in: step on and compare.</source>
        <translation>Sua previsão está registrada: avance e compare.</translation>
    </message>
    <message>
        <source>The prediction locks at the first step.</source>
        <translation>A previsão fica travada no primeiro passo.</translation>
    </message>
    <message>
        <source>Write your prediction above (or tick “Skip the prediction”), then press Run.</source>
        <translation>Escreva sua previsão acima (ou marque “Pular a previsão”) e depois clique em Executar.</translation>
    </message>
    <message>
        <source>Your prediction is locked in: watch the lanes and compare.</source>
        <translation>Sua previsão está registrada: observe as faixas e compare.</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownDemo</name>
    <message>
        <source>countdown %1</source>
        <translation>contagem %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>QThread::usleep(%1 s)</source>
        <translation>QThread::usleep(%1 s)</translation>
    </message>
    <message>
        <source>co_await sleep(%1 s)</source>
        <translation>co_await sleep(%1 s)</translation>
    </message>
    <message>
        <source>sleep started</source>
        <translation>sleep iniciado</translation>
    </message>
    <message>
        <source>timer fired: task resumed</source>
        <translation>o timer disparou: tarefa retomada</translation>
    </message>
    <message>
        <source>blocked until now: the next countdown starts</source>
        <translation>bloqueado até agora: começa a próxima contagem</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownLogView</name>
    <message>
        <source>Countdown log</source>
        <translation>Registro da contagem</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>decorrido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Lab::CountdownPage</name>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 s</translation>
    </message>
    <message>
        <source>total: %1 s (%2), longest event-loop stall %3 s</source>
        <translation>total: %1 s (%2), maior travamento do laço de eventos: %3 s</translation>
    </message>
    <message>
        <source>blocking sleep: one task after the other</source>
        <translation>sleep bloqueante: uma tarefa depois da outra</translation>
    </message>
    <message>
        <source>awaited sleep: the tasks interleave</source>
        <translation>sleep aguardado: as tarefas se intercalam</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>Coroutines cooperate: each co_await lets the others run. Replace the awaited sleep with a blocking one and the lines stop interleaving — and the window freezes.</source>
        <translation>Corrotinas cooperam: cada co_await deixa as outras executarem. Troque o sleep aguardado por um bloqueante e as linhas deixam de se intercalar — e a janela congela.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n lines.</source>
        <translation>
            <numerusform>Parado após %n linha.</numerusform>
            <numerusform>Parado após %n linhas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::CpuMeter</name>
    <message>
        <source>CPU use per core</source>
        <translation>Uso de CPU por núcleo</translation>
    </message>
    <message>
        <source>core %1: %2 %</source>
        <translation>núcleo %1: %2 %</translation>
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
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rede&amp;finir</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Run the demo</source>
        <translation>Executar a demonstração</translation>
    </message>
    <message>
        <source>Stop the demo</source>
        <translation>Parar a demonstração</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Redefinir a demonstração</translation>
    </message>
    <message>
        <source>&amp;Block the event loop</source>
        <translation>&amp;Bloquear o laço de eventos</translation>
    </message>
    <message>
        <source>Replace the awaited call with a blocking one: the window freezes.</source>
        <translation>Troca a chamada aguardada por uma bloqueante: a janela congela.</translation>
    </message>
    <message>
        <source>Block the event loop</source>
        <translation>Bloquear o laço de eventos</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>%1: live view</source>
        <translation>%1: visão ao vivo</translation>
    </message>
    <message>
        <source>Nothing on this page: no call here can be made blocking</source>
        <translation>Nada nesta página: nenhuma chamada aqui pode se tornar bloqueante</translation>
    </message>
    <message>
        <source>Ticks or unticks “Block the event loop”</source>
        <translation>Marca ou desmarca “Bloquear o laço de eventos”</translation>
    </message>
    <message>
        <source>Run stopped: its page was left</source>
        <translation>Execução parada ao sair da página</translation>
    </message>
    <message>
        <source>Run stopped with the Stop button or key</source>
        <translation>Execução parada pelo botão ou pela tecla Parar</translation>
    </message>
    <message>
        <source>Run stopped: the language changed</source>
        <translation>Execução parada: o idioma mudou</translation>
    </message>
    <message>
        <source>The language changed, which stopped the run: %1</source>
        <translation>O idioma mudou, e isso parou a execução: %1</translation>
    </message>
    <message>
        <source>The language changed, which stopped the run.</source>
        <translation>O idioma mudou, e isso parou a execução.</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopChoice</name>
    <message>
        <source>GLib&apos;s main loop</source>
        <translation>laço principal do GLib</translation>
    </message>
    <message>
        <source>Qt&apos;s UNIX dispatcher</source>
        <translation>despachante UNIX do Qt</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopMeter</name>
    <message>
        <source>Event-loop health</source>
        <translation>Saúde do laço de eventos</translation>
    </message>
    <message>
        <source>A heartbeat timer ticks every %1 ms on the GUI thread; the lag is how late it came. A lag over %2 ms is a stall: the window could not answer.</source>
        <translation>Um timer de pulsação bate a cada %1 ms na thread da GUI; o atraso é o quanto ele chegou tarde. Um atraso acima de %2 ms é um travamento: a janela não conseguiu responder.</translation>
    </message>
    <message>
        <source>Event loop: lag %1 ms</source>
        <translation>Laço de eventos: atraso de %1 ms</translation>
    </message>
    <message>
        <source>Event loop: UI frozen for %1 s</source>
        <translation>Laço de eventos: interface congelada por %1 s</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopMonitor</name>
    <message>
        <source>UI frozen for %1 s</source>
        <translation>interface congelada por %1 s</translation>
    </message>
</context>
<context>
    <name>Lab::EventLoopTab</name>
    <message>
        <source>&amp;Restart on it now</source>
        <translation>&amp;Reiniciar com ele agora</translation>
    </message>
    <message>
        <source>&lt;p&gt;This window runs on &lt;b&gt;%1&lt;/b&gt; (%2). Qt on Linux can run the GUI thread on GLib&apos;s main loop, Debian&apos;s default, or on its own UNIX dispatcher (QT_NO_GLIB=1), as asyncio can swap its loop for uvloop: every coroutine of the app runs unchanged on either. The dispatcher is chosen before the application object exists, so a switch needs a restart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta janela roda no &lt;b&gt;%1&lt;/b&gt; (%2). No Linux, o Qt pode rodar a thread da GUI no laço principal do GLib, o padrão do Debian, ou no seu próprio despachante UNIX (QT_NO_GLIB=1), assim como o asyncio pode trocar seu laço pelo uvloop: todas as corrotinas do app rodam sem mudança em qualquer um deles. O despachante é escolhido antes de o objeto da aplicação existir, então a troca exige reiniciar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Event loop to run on</source>
        <translation>Laço de eventos em que rodar</translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation>Executar &amp;no:</translation>
    </message>
    <message>
        <source>No comparison measured yet on this machine: run &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt; and open this tab again.</source>
        <translation>Nenhuma comparação medida nesta máquina ainda: execute &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt; e abra esta aba de novo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last measured on this machine&lt;/b&gt; (%1, &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt;): shorter is better.</source>
        <translation>&lt;b&gt;Última medição nesta máquina&lt;/b&gt; (%1, &lt;tt&gt;concurrency-lab bench loops&lt;/tt&gt;): menor é melhor.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>não medido</translation>
    </message>
</context>
<context>
    <name>Lab::FlagCellDelegate</name>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>baixando…</translation>
    </message>
    <message>
        <source>404
not found</source>
        <translation>404
não encontrada</translation>
    </message>
    <message>
        <source>error
%1</source>
        <translation>erro
%1</translation>
    </message>
</context>
<context>
    <name>Lab::FlagCodes</name>
    <message>
        <source>--limit N must be &gt;= 1</source>
        <translation>--limit N deve ser &gt;= 1</translation>
    </message>
    <message>
        <source>each CC argument must be A to Z or AA to ZZ, not &apos;%1&apos;</source>
        <translation>cada argumento CC deve ser de A a Z ou de AA a ZZ, não &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Lab::FlagDecoder</name>
    <message>
        <source>not found</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>image does not decode</source>
        <translation>a imagem não decodifica</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>image too large (%1 × %2 px, at most %3 a side)</source>
        <translation>imagem grande demais (%1 × %2 px, no máximo %3 por lado)</translation>
    </message>
    <message>
        <source>it is a link to %1; not overwritten</source>
        <translation>é um link para %1; não foi sobrescrito</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
</context>
<context>
    <name>Lab::FlagDownloader</name>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>%1 (blocking)</source>
        <translation>%1 (bloqueante)</translation>
    </message>
    <message>
        <source>decode/save</source>
        <translation>decodificar/salvar</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>esperando uma conexão</translation>
    </message>
    <message>
        <source>waiting for a worker</source>
        <translation>esperando uma thread de trabalho</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>thread de trabalho %1</translation>
    </message>
    <message>
        <source>as_completed loop</source>
        <translation>laço do as_completed</translation>
    </message>
    <message>
        <source>awaiting the next result</source>
        <translation>aguardando o próximo resultado</translation>
    </message>
    <message>
        <source>%1: grid and progress bar</source>
        <translation>%1: grade e barra de progresso</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>requisição enviada</translation>
    </message>
    <message>
        <source>next GET</source>
        <translation>próximo GET</translation>
    </message>
    <message>
        <source>reply arrived: coroutine resumed</source>
        <translation>resposta chegou: corrotina retomada</translation>
    </message>
    <message>
        <source>result handed to the GUI thread</source>
        <translation>resultado entregue à thread da GUI</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>downloaded in %1 s</source>
        <translation>baixada em %1 s</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>baixada</translation>
    </message>
    <message>
        <source>not found (HTTP 404) after %1 s</source>
        <translation>não encontrada (HTTP 404) após %1 s</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>não encontrada (HTTP 404)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
</context>
<context>
    <name>Lab::FlagState</name>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>baixando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
</context>
<context>
    <name>Lab::FlagsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Qt&apos;s default: 6 connections per &amp;host</source>
        <translation>Padrão do Qt: 6 conexões por &amp;host</translation>
    </message>
    <message>
        <source>The client gives up on a flag after this long (the book uses 3.1 s).</source>
        <translation>O cliente desiste de uma bandeira após esse tempo (o livro usa 3,1 s).</translation>
    </message>
    <message>
        <source>The built-in server waits this long before answering each request.</source>
        <translation>O servidor embutido espera esse tempo antes de responder a cada requisição.</translation>
    </message>
    <message>
        <source>Each answer waits up to this much longer, at random.</source>
        <translation>Cada resposta espera até esse tempo a mais, ao acaso.</translation>
    </message>
    <message>
        <source>20 most populous</source>
        <translation>20 mais populosos</translation>
    </message>
    <message>
        <source>All 194 (the book&apos;s set)</source>
        <translation>Todos os 194 (o conjunto do livro)</translation>
    </message>
    <message>
        <source>Every code AA–ZZ (676, most 404)</source>
        <translation>Todos os códigos AA–ZZ (676, a maioria 404)</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>Ban&amp;deiras:</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequencial</translation>
    </message>
    <message>
        <source>Thread pool</source>
        <translation>Pool de threads</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>Corrotinas</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Requests at once: threads in the pool (default 20) or the coroutines&apos; semaphore (default: all at once). At most %1.</source>
        <translation>Requisições simultâneas: threads no pool (padrão 20) ou o semáforo das corrotinas (padrão: todas de uma vez). No máximo %1.</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Simultâneas:</translation>
    </message>
    <message>
        <source>Use one QNetworkAccessManager: Qt 6.4 opens at most 6 connections per host and port, so the coroutines&apos; requests go out in waves of 6.</source>
        <translation>Usar um único QNetworkAccessManager: o Qt 6.4 abre no máximo 6 conexões por host e porta, então as requisições das corrotinas saem em levas de 6.</translation>
    </message>
    <message>
        <source>Sequential only: each download is a blocking call on the GUI thread — the window freezes and the grid fills only at the end.</source>
        <translation>Só no modo sequencial: cada download é uma chamada bloqueante na thread da GUI — a janela congela e a grade só se preenche no fim.</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>Flags finished</source>
        <translation>Bandeiras concluídas</translation>
    </message>
    <message>
        <source>%v of %m flags</source>
        <translation>%v de %m bandeiras</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>Flag grid</source>
        <translation>Grade de bandeiras</translation>
    </message>
    <message>
        <source>run</source>
        <translation>execução</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>bandeiras</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not found / errors</source>
        <translation>não encontradas / erros</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Results of every run</source>
        <translation>Resultados de cada execução</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>After the delay, this share of requests fails with a real HTTP error (418, 500, 502 or 503), and a few countries always answer 404.</source>
        <translation>Após o atraso, essa parcela das requisições falha com um erro HTTP real (418, 500, 502 ou 503), e alguns países sempre respondem 404.</translation>
    </message>
    <message>
        <source>built-in server</source>
        <translation>servidor embutido</translation>
    </message>
    <message>
        <source>Download from another server instead, e.g. http://127.0.0.1:8001/flags (a `concurrency-lab serve`).</source>
        <translation>Baixar de outro servidor, p. ex. http://127.0.0.1:8001/flags (um `concurrency-lab serve`).</translation>
    </message>
    <message>
        <source>Restart ser&amp;ver</source>
        <translation>Reiniciar servid&amp;or</translation>
    </message>
    <message>
        <source>Restart the built-in server</source>
        <translation>Reiniciar o servidor embutido</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>Atr&amp;aso:</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Variação:</translation>
    </message>
    <message>
        <source>&amp;Errors:</source>
        <translation>E&amp;rros:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>not saved (type a folder to save cc.png files, as the book&apos;s scripts do)</source>
        <translation>não salvas (digite uma pasta para salvar arquivos cc.png, como fazem os scripts do livro)</translation>
    </message>
    <message>
        <source>Folder to save the flags to</source>
        <translation>Pasta onde salvar as bandeiras</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>Save the flags to</source>
        <translation>Salvar as bandeiras em</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Bandeiras</translation>
    </message>
    <message>
        <source>Downloading is mostly waiting: one request after the other waits once per flag; threads or coroutines wait for all of them at the same time and finish in about one round trip.</source>
        <translation>Baixar é quase só esperar: uma requisição depois da outra espera uma vez por bandeira; threads ou corrotinas esperam por todas ao mesmo tempo e terminam em cerca de uma ida e volta.</translation>
    </message>
    <message>
        <source>Built-in server at %1</source>
        <translation>Servidor embutido em %1</translation>
    </message>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation>O servidor embutido não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” não é uma URL http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>built-in, delay %1 s, jitter %2 s, errors %3 %</source>
        <translation>embutido, atraso %1 s, variação %2 s, erros %3 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Todos de uma vez</translation>
    </message>
    <message>
        <source>As completed</source>
        <translation>Conforme terminam</translation>
    </message>
    <message>
        <source>Coroutines: each download ends its own flag (all at once), or an async generator yields each result as its download ends and one loop takes them in that order, moving the progress bar (the book&apos;s as_completed).</source>
        <translation>Corrotinas: cada download finaliza a sua própria bandeira (todos de uma vez), ou um gerador assíncrono entrega cada resultado quando o download termina e um único laço os recebe nessa ordem, avançando a barra de progresso (o as_completed do livro).</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Res&amp;ultados:</translation>
    </message>
    <message>
        <source>%1, %2 at once, blocking</source>
        <translation>%1, %2 simultâneas, bloqueante</translation>
    </message>
    <message>
        <source>%1, %2 at once, as completed</source>
        <translation>%1, %2 simultâneas, conforme terminam</translation>
    </message>
    <message>
        <source>%1, %2 at once</source>
        <translation>%1, %2 simultâneas</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The counts of a Flags run; each phrase has its own plural forms.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flags downloaded</source>
        <translation>
            <numerusform>%n bandeira baixada</numerusform>
            <numerusform>%n bandeiras baixadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n não encontrada</numerusform>
            <numerusform>%n não encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3 s, stopped — longest event-loop stall %4 s</source>
        <translation>%1: %2 em %3 s, parado — maior travamento do laço de eventos: %4 s</translation>
    </message>
    <message>
        <source>%1: %2 in %3 s — longest event-loop stall %4 s</source>
        <translation>%1: %2 em %3 s — maior travamento do laço de eventos: %4 s</translation>
    </message>
    <message>
        <source>S&amp;ave flags to:</source>
        <translation>Sa&amp;lvar bandeiras em:</translation>
    </message>
</context>
<context>
    <name>Lab::HandCoroutine</name>
    <message>
        <source>an unknown exception</source>
        <translation>uma exceção desconhecida</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>suspended at line %1</source>
        <translation>suspensa na linha %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 na linha %2</translation>
    </message>
    <message>
        <source>awaited by %1</source>
        <translation>aguardada por %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>there is no coroutine</source>
        <translation>não há corrotina</translation>
    </message>
    <message>
        <source>cannot resume a finished coroutine</source>
        <translation>não é possível retomar uma corrotina terminada</translation>
    </message>
    <message>
        <source>cannot resume a coroutine that is already running</source>
        <translation>não é possível retomar uma corrotina que já está executando</translation>
    </message>
    <message>
        <source>cannot send a value to a coroutine that has not started: resume() it first</source>
        <translation>não é possível enviar um valor a uma corrotina que não começou: chame resume() antes</translation>
    </message>
    <message>
        <source>the coroutine threw: %1</source>
        <translation>a corrotina lançou: %1</translation>
    </message>
</context>
<context>
    <name>Lab::HandExercise</name>
    <message>
        <source>1. A value passes straight through co_await</source>
        <translation>1. Um valor passa direto pelo co_await</translation>
    </message>
    <message>
        <source>2. An inner generator hands out 1, 2, 3</source>
        <translation>2. Um gerador interno entrega 1, 2, 3</translation>
    </message>
    <message>
        <source>3. Send values in: co_await as a two-way channel</source>
        <translation>3. Enviando valores: co_await como canal de mão dupla</translation>
    </message>
    <message>
        <source>finished, returned %1</source>
        <translation>terminada, retornou %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 -&gt; finished, returned %2</source>
        <translation>%1 -&gt; terminada, retornou %2</translation>
    </message>
    <message>
        <source>%1 -&gt; finished</source>
        <translation>%1 -&gt; terminada</translation>
    </message>
    <message>
        <source>%1 on a finished coroutine: error: %2</source>
        <translation>%1 numa corrotina terminada: erro: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; error: %2</source>
        <translation>%1 -&gt; erro: %2</translation>
    </message>
</context>
<context>
    <name>Lab::HttpGet</name>
    <message>
        <source>https is not supported</source>
        <translation>https não é suportado</translation>
    </message>
</context>
<context>
    <name>Lab::HttpResponse</name>
    <message>
        <source>no HTTP answer</source>
        <translation>sem resposta HTTP</translation>
    </message>
    <message>
        <source>timeout after %1 s</source>
        <translation>tempo esgotado após %1 s</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>host não encontrado: %1</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>conexão fechada pelo servidor</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>malformed HTTP answer</source>
        <translation>resposta HTTP malformada</translation>
    </message>
    <message>
        <source>answer too large (over %1 MiB)</source>
        <translation>resposta grande demais (mais de %1 MiB)</translation>
    </message>
    <message>
        <source>not an http:// or https:// address: %1</source>
        <translation>não é um endereço http:// ou https://: %1</translation>
    </message>
</context>
<context>
    <name>Lab::Language</name>
    <message>
        <source>&amp;System default</source>
        <extracomment>Language menu: show the window in the language of the operating system.</extracomment>
        <translation>Padrão do &amp;sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Lab::Latency</name>
    <message>
        <source>%1 year</source>
        <translation>%1 ano</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 anos</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 dia</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>timed %1 million dependent adds (one cycle each), best of 5; /proc/cpuinfo says %2</source>
        <translation>cronometradas %1 milhões de somas dependentes (um ciclo cada), a melhor de 5; /proc/cpuinfo diz %2</translation>
    </message>
    <message>
        <source>%1 GHz</source>
        <translation>%1 GHz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the &quot;cpu MHz&quot; of /proc/cpuinfo (no timing on this CPU)</source>
        <translation>o &quot;cpu MHz&quot; de /proc/cpuinfo (sem cronometragem nesta CPU)</translation>
    </message>
    <message>
        <source>unknown on this CPU: 3 GHz assumed</source>
        <translation>desconhecido nesta CPU: 3 GHz presumidos</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>não é possível criar um arquivo em %1: %2</translation>
    </message>
    <message>
        <source>%1 is on tmpfs: memory, not a disk — fsync has nothing to wait for</source>
        <translation>%1 está em tmpfs: memória, não disco — o fsync não tem pelo que esperar</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>1 byte to an echo server on 127.0.0.1:%1 and back</source>
        <translation>1 byte até um servidor de eco em 127.0.0.1:%1 e de volta</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>GET %1, a new connection each time</source>
        <translation>GET %1, uma conexão nova a cada vez</translation>
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
        <translation>perseguição de ponteiros: leituras dependentes por um ciclo aleatório de linhas de 64 bytes em %1, a melhor de %2 execuções de %3 milhões de leituras</translation>
    </message>
    <message>
        <source>L1 cache (%1)</source>
        <translation>cache L1 (%1)</translation>
    </message>
    <message>
        <source>L2 cache (%1)</source>
        <translation>cache L2 (%1)</translation>
    </message>
    <message>
        <source>RAM (%1)</source>
        <translation>RAM (%1)</translation>
    </message>
    <message>
        <source>disk: write + fsync</source>
        <translation>disco: write + fsync</translation>
    </message>
    <message>
        <source>512 bytes written to a temporary file and fsync&apos;d: the median of up to 50</source>
        <translation>512 bytes gravados num arquivo temporário e com fsync: a mediana de até 50</translation>
    </message>
    <message>
        <source>network: loopback TCP round trip</source>
        <translation>rede: ida e volta TCP por loopback</translation>
    </message>
    <message>
        <source>1 byte to an echo thread over 127.0.0.1 and back: the median of up to 5,000</source>
        <translation>1 byte até uma thread de eco por 127.0.0.1 e de volta: a mediana de até 5.000</translation>
    </message>
    <message>
        <source>network: HTTP GET, local flag server</source>
        <translation>rede: HTTP GET, servidor de bandeiras local</translation>
    </message>
    <message>
        <source>GET %1 with a new connection each time: the median of up to 20</source>
        <translation>GET %1 com uma conexão nova a cada vez: a mediana de até 20</translation>
    </message>
    <message>
        <source>estimating the clock rate</source>
        <translation>estimando a frequência do clock</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>In the talk (Fluent Python, Table 18-1; 1 CPU cycle = 1 second):
</source>
        <translation>Na palestra (Python Fluente, Tabela 18-1; 1 ciclo de CPU = 1 segundo):
</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>CPU cycles</source>
        <translation>ciclos de CPU</translation>
    </message>
    <message>
        <source>human scale</source>
        <translation>escala humana</translation>
    </message>
    <message>
        <source>
Measured on this machine (clock %1 GHz: %2):
</source>
        <translation>
Medido nesta máquina (clock %1 GHz: %2):
</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(stopped before every row was measured)
</source>
        <translation>(parado antes de medir todas as linhas)
</translation>
    </message>
    <message>
        <source>L1 cache</source>
        <translation>cache L1</translation>
    </message>
    <message>
        <source>L2 cache</source>
        <translation>cache L2</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disco</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyChart</name>
    <message>
        <source>Latency chart, log scale</source>
        <translation>Gráfico de latências, escala logarítmica</translation>
    </message>
    <message>
        <source>CPU cycles, log scale. At 1 cycle = 1 s: 1k = %1, 1M = %2, 1G = %3</source>
        <translation>Ciclos de CPU, escala logarítmica. Com 1 ciclo = 1 s: 1k = %1, 1M = %2, 1G = %3</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyMeasurer</name>
    <message>
        <source>measure latencies</source>
        <translation>medir latências</translation>
    </message>
    <message>
        <source>pool thread</source>
        <translation>thread do pool</translation>
    </message>
</context>
<context>
    <name>Lab::LatencyPage</name>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>CPU cycles</source>
        <translation>ciclos de CPU</translation>
    </message>
    <message>
        <source>human scale</source>
        <translation>escala humana</translation>
    </message>
    <message>
        <source>In the talk</source>
        <translation>Na palestra</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>Measured on this machine</source>
        <translation>Medido nesta máquina</translation>
    </message>
    <message>
        <source>&amp;Measure again</source>
        <translation>&amp;Medir de novo</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Medir de novo</translation>
    </message>
    <message>
        <source>Pointer chasing</source>
        <translation>Perseguição de ponteiros</translation>
    </message>
    <message>
        <source>Write + fsync</source>
        <translation>Write + fsync</translation>
    </message>
    <message>
        <source>Loopback echo server</source>
        <translation>Servidor de eco em loopback</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Measuring: %1…</source>
        <translation>Medindo: %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be measured</source>
        <translation>
            <numerusform>, %n não pôde ser medida</numerusform>
            <numerusform>, %n não puderam ser medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, off the GUI thread — longest event-loop stall %2 s</source>
        <translation>%1, fora da thread da GUI — maior travamento do laço de eventos: %2 s</translation>
    </message>
    <message>
        <source>Measuring progress</source>
        <translation>Progresso da medição</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m passos</translation>
    </message>
    <message>
        <source>Measuring step</source>
        <translation>Passo da medição</translation>
    </message>
    <message>
        <source>Clock rate</source>
        <translation>Frequência do clock</translation>
    </message>
    <message>
        <source>In the talk (Fluent Python, Table 18-1)</source>
        <translation>Na palestra (Python Fluente, Tabela 18-1)</translation>
    </message>
    <message>
        <source>the talk</source>
        <translation>a palestra</translation>
    </message>
    <message>
        <source>measured here</source>
        <translation>medido aqui</translation>
    </message>
    <message>
        <source>Latency in human scale</source>
        <translation>Latência em escala humana</translation>
    </message>
    <message>
        <source>If one CPU cycle took a second, a RAM read would take minutes and a network round trip years: that is why a program that waits for I/O should do something else meanwhile.</source>
        <translation>Se um ciclo de CPU levasse um segundo, uma leitura da RAM levaria minutos e uma ida e volta pela rede, anos: por isso um programa que espera E/S deveria fazer outra coisa enquanto isso.</translation>
    </message>
    <message>
        <source>The human scale is computed: %1 cycles at one second each.</source>
        <translation>A escala humana é calculada: %1 ciclos de um segundo cada.</translation>
    </message>
    <message>
        <source>Press “Measure again” to time these on this machine. Each time is turned into CPU cycles with a clock rate estimated from timed dependent adds.</source>
        <translation>Clique em “Medir de novo” para cronometrá-los nesta máquina. Cada tempo é convertido em ciclos de CPU com uma frequência de clock estimada a partir de somas dependentes cronometradas.</translation>
    </message>
    <message>
        <source>%1 (with its %2 s simulated delay)</source>
        <translation>%1 (com seu atraso simulado de %2 s)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Clock: %1 GHz — %2.</source>
        <translation>Relógio: %1 GHz — %2.</translation>
    </message>
    <message>
        <source>Each time is turned into cycles at this clock rate, and the cycles into the talk&apos;s human scale (one cycle = one second). Times are medians (I/O) or the best of several runs (memory); hover a row for how it was measured.</source>
        <translation>Cada tempo é convertido em ciclos com essa frequência, e os ciclos na escala humana da palestra (um ciclo = um segundo). Os tempos são medianas (E/S) ou a melhor de várias execuções (memória); passe o mouse sobre uma linha para ver como foi medida.</translation>
    </message>
    <message>
        <source>%1 (talk)</source>
        <translation>%1 (palestra)</translation>
    </message>
    <message>
        <source>Estimating the clock rate…</source>
        <translation>Estimando a frequência do clock…</translation>
    </message>
    <message>
        <source>includes the built-in server&apos;s simulated delay of %1 s (jitter %2 s), set on the Flags page</source>
        <translation>inclui o atraso simulado de %1 s do servidor embutido (variação %2 s), ajustado na página Bandeiras</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n rows</source>
        <translation>
            <numerusform>Parado após %n linha</numerusform>
            <numerusform>Parado após %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows measured in %1 s at %2 GHz</source>
        <translation>
            <numerusform>%n linha medida em %1 s a %2 GHz</numerusform>
            <numerusform>%n linhas medidas em %1 s a %2 GHz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::LoiterExercise</name>
    <message>
        <source>Script starting.</source>
        <translation>Script iniciando.</translation>
    </message>
    <message>
        <source>pool worker %1</source>
        <translation>trabalhador do pool %1</translation>
    </message>
    <message>
        <source>worker thread %1</source>
        <translation>thread de trabalho %1</translation>
    </message>
    <message numerus="yes">
        <source>results: &lt;generator object: %n results to come, in submission order&gt;</source>
        <translation>
            <numerusform>results: &lt;objeto gerador: %n resultado por vir, na ordem de envio&gt;</numerusform>
            <numerusform>results: &lt;objeto gerador: %n resultados por vir, na ordem de envio&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for individual results:</source>
        <translation>Esperando os resultados individuais:</translation>
    </message>
    <message>
        <source>for result in results</source>
        <translation>for result in results</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>waits for result %1</source>
        <translation>espera o resultado %1</translation>
    </message>
    <message>
        <source>loiter(%1): sleep(%1)</source>
        <translation>loiter(%1): sleep(%1)</translation>
    </message>
    <message>
        <source>%1loiter(%2): doing nothing for %2s...</source>
        <translation>%1loiter(%2): sem fazer nada por %2s...</translation>
    </message>
    <message>
        <source>%1loiter(%2): done.</source>
        <translation>%1loiter(%2): pronto.</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>resultado %1: %2</translation>
    </message>
</context>
<context>
    <name>Lab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>Laboratório de Concorrência</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>Demonstrações</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Export timeline as &amp;PNG…</source>
        <translation>Exportar linha do tempo como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export timeline as Chrome &amp;trace JSON…</source>
        <translation>Exportar linha do tempo como &amp;trace JSON do Chrome…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Fit timeline</source>
        <translation>&amp;Ajustar linha do tempo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>&amp;Sobre o Laboratório de Concorrência</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>Exportar linha do tempo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export Chrome trace JSON</source>
        <translation>Exportar trace JSON do Chrome</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Trace JSON do Chrome (*.json)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>&amp;Previous demo</source>
        <translation>Demonstração &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next demo</source>
        <translation>Pró&amp;xima demonstração</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rede&amp;finir</translation>
    </message>
    <message>
        <source>&amp;Block the event loop</source>
        <translation>&amp;Bloquear o laço de eventos</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Modo de apresentação</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>&amp;Sair da tela cheia</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>Mostrar a &amp;linha do tempo</translation>
    </message>
    <message>
        <source>Show the &amp;code</source>
        <translation>Mostrar o &amp;código</translation>
    </message>
    <message>
        <source>Show the &amp;keys</source>
        <translation>Mostrar as &amp;teclas</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Aumentar o &amp;zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir o zoom</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults…</source>
        <translation>&amp;Restaurar padrões…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Put every demo&apos;s settings, the window&apos;s layout, the zoom and the theme back as they were at first, and forget what was remembered?</source>
        <translation>Voltar as configurações de cada demonstração, o layout da janela, o zoom e o tema ao que eram no início, e esquecer o que foi lembrado?</translation>
    </message>
    <message>
        <source>Blocking does not apply to this mode.</source>
        <translation>Bloquear não se aplica a este modo.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Settings reset to their defaults.</source>
        <translation>Configurações restauradas para o padrão.</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>A&amp;brir trace…</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir trace</translation>
    </message>
    <message>
        <source>Cannot open the trace</source>
        <translation>Não foi possível abrir o trace</translation>
    </message>
    <message>
        <source>This window&apos;s event loop: %1 (%2). Help ▸ About ▸ Event loop switches it.</source>
        <translation>Laço de eventos desta janela: %1 (%2). Troque-o em Ajuda ▸ Sobre ▸ Laço de eventos.</translation>
    </message>
    <message>
        <source>T&amp;race a program…</source>
        <translation>&amp;Rastrear um programa…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>A abertura de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>Traces (*.json *.json.gz *.log *.trace);;Chrome trace JSON (*.json *.json.gz);;Node trace logs (*.log);;All files (*)</source>
        <translation>Traces (*.json *.json.gz *.log *.trace);;Trace JSON do Chrome (*.json *.json.gz);;Logs de trace do Node (*.log);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Hide the &amp;keys</source>
        <translation>Ocultar as &amp;teclas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Status bar after a run: the demo&apos;s title, then its one-line summary (a title may end in &quot;?&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Lab::PlateSpinning</name>
    <message>
        <source>hand %1</source>
        <translation>mão %1</translation>
    </message>
    <message>
        <source>worker thread %1</source>
        <translation>thread de trabalho %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>no plate needs a hand</source>
        <translation>nenhum prato precisa de uma mão</translation>
    </message>
    <message>
        <source>plate %1: QThread::usleep</source>
        <translation>prato %1: QThread::usleep</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation>prato %1</translation>
    </message>
    <message>
        <source>QThread::usleep on the GUI thread</source>
        <translation>QThread::usleep na thread da GUI</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>laço de eventos</translation>
    </message>
    <message>
        <source>%1 up, %2 fallen, %3 visits (%4 per second)</source>
        <translation>%1 girando, %2 caídos, %3 visitas (%4 por segundo)</translation>
    </message>
    <message>
        <source>hand %1 busy %2 %</source>
        <translation>mão %1 ocupada %2 %</translation>
    </message>
    <message>
        <source>lets the loop read its input</source>
        <translation>deixa o laço ler a entrada</translation>
    </message>
    <message>
        <source>plate %1 saved, late</source>
        <translation>prato %1 salvo, atrasado</translation>
    </message>
    <message>
        <source>plate %1 saved</source>
        <translation>prato %1 salvo</translation>
    </message>
</context>
<context>
    <name>Lab::PlatesPage</name>
    <message>
        <source>&amp;Plates:</source>
        <translation>Pra&amp;tos:</translation>
    </message>
    <message>
        <source>&amp;Hands:</source>
        <translation>&amp;Mãos:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>The same seed gives the same plates: the same show twice.</source>
        <translation>A mesma semente dá os mesmos pratos: o mesmo espetáculo duas vezes.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semente:</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>até parar</translation>
    </message>
    <message>
        <source>Run &amp;for:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <source>coroutines on the event loop</source>
        <translation>corrotinas no laço de eventos</translation>
    </message>
    <message>
        <source>worker threads</source>
        <translation>threads de trabalho</translation>
    </message>
    <message>
        <source>Hands &amp;as:</source>
        <translation>Mãos &amp;como:</translation>
    </message>
    <message>
        <source>A hand holds its plate with QThread::usleep on the GUI thread, %1 s at a time.</source>
        <translation>Uma mão segura seu prato com QThread::usleep na thread da GUI, %1 s por vez.</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>após %1 s</translation>
    </message>
    <message>
        <source>Plate spinning</source>
        <translation>Pratos girando</translation>
    </message>
    <message>
        <source>18 plates do not need 18 hands: two hands that go where they are needed keep them all up. Block the event loop and one hand is stuck — the others cannot move, and plates fall.</source>
        <translation>18 pratos não precisam de 18 mãos: duas mãos que vão aonde são necessárias mantêm todos girando. Bloqueie o laço de eventos e uma mão fica presa — as outras não conseguem se mexer, e os pratos caem.</translation>
    </message>
    <message>
        <source>as coroutines</source>
        <translation>como corrotinas</translation>
    </message>
    <message>
        <source>as threads</source>
        <translation>como threads</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>hand %1 busy %2 %</source>
        <translation>mão %1 ocupada %2 %</translation>
    </message>
    <message>
        <source>Plates up: &lt;b&gt;%1&lt;/b&gt; · fallen: &lt;b&gt;%2&lt;/b&gt; · %3 visits/s · %4</source>
        <translation>Pratos girando: &lt;b&gt;%1&lt;/b&gt; · caídos: &lt;b&gt;%2&lt;/b&gt; · %3 visitas/s · %4</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4: %5; longest event-loop stall %6 s</source>
        <extracomment>%1 &quot;18 plates&quot;, %2 &quot;2 hands&quot;, %3 &quot;as coroutines&quot; or &quot;as threads&quot;, %4 &quot;after 60 s&quot; or &quot;stopped&quot;, %5 the counters.</extracomment>
        <translation>%1, %2, %3 %4: %5; maior travamento do laço de eventos: %6 s</translation>
    </message>
    <message numerus="yes">
        <source>%n plates</source>
        <translation>
            <numerusform>%n prato</numerusform>
            <numerusform>%n pratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hands</source>
        <translation>
            <numerusform>%n mão</numerusform>
            <numerusform>%n mãos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::PlatesView</name>
    <message>
        <source>Plates on their poles</source>
        <translation>Pratos em suas varetas</translation>
    </message>
</context>
<context>
    <name>Lab::PresenterLegend</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation>Ocultar as teclas</translation>
    </message>
    <message>
        <source>Hide the keys (H shows them again)</source>
        <translation>Ocultar as teclas (H as mostra de novo)</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesPage</name>
    <message>
        <source>S&amp;weep 1 to %1 workers</source>
        <translation>&amp;Varrer de 1 a %1 trabalhadores</translation>
    </message>
    <message>
        <source>Sequential (one worker thread)</source>
        <translation>Sequencial (uma thread de trabalho)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Coroutines on the event loop</source>
        <translation>Corrotinas no laço de eventos</translation>
    </message>
    <message>
        <source>executor.map: processes, submission order</source>
        <translation>executor.map: processos, ordem de envio</translation>
    </message>
    <message>
        <source>executor.map exercise: loiter(n)</source>
        <translation>exercício de executor.map: loiter(n)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabalhadores</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Trabalhadores:</translation>
    </message>
    <message>
        <source>Each check must hold one global lock, handed on every switch interval, as CPython&apos;s GIL: the threads take turns. Processes each have their own.</source>
        <translation>Cada verificação precisa segurar uma trava global, passada adiante a cada intervalo de troca, como o GIL do CPython: as threads se revezam. Cada processo tem o seu.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a thread holds the GIL before handing it on (CPython: 5 ms), and how long a coroutine computes before it awaits.</source>
        <translation>Quanto tempo uma thread segura o GIL antes de passá-lo adiante (CPython: 5 ms), e quanto tempo uma corrotina calcula antes de aguardar.</translation>
    </message>
    <message>
        <source>Switch &amp;interval:</source>
        <translation>Intervalo de t&amp;roca:</translation>
    </message>
    <message>
        <source>Run sequential, then this mode with 1, 2, … workers, and draw the speed-up.</source>
        <translation>Executa o sequencial, depois este modo com 1, 2, … trabalhadores, e desenha o ganho de velocidade.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>sequential  %1 s</source>
        <translation>sequencial  %1 s</translation>
    </message>
    <message>
        <source>%1 workers  %2 s  speed-up %3×</source>
        <translation>%1 trabalhadores  %2 s  ganho %3×</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>CPU per core</source>
        <translation>CPU por núcleo</translation>
    </message>
    <message>
        <source>How busy each core is, from /proc/stat, four times a second.</source>
        <translation>Quão ocupado está cada núcleo, lido de /proc/stat quatro vezes por segundo.</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Speed-up over sequential against workers, measured on this machine by a sweep.</source>
        <translation>Ganho de velocidade sobre o sequencial em função dos trabalhadores, medido nesta máquina por uma varredura.</translation>
    </message>
    <message>
        <source>Parallelism and the GIL</source>
        <translation>Paralelismo e o GIL</translation>
    </message>
    <message>
        <source>CPU-bound work is faster only in parallel: threads on all cores are, threads that take turns holding a GIL are not, processes are again (each has its own), and coroutines on one event loop never are.</source>
        <translation>Trabalho limitado pela CPU só fica mais rápido em paralelo: threads em todos os núcleos ficam, threads que se revezam segurando um GIL não, processos ficam de novo (cada um tem o seu), e corrotinas num único laço de eventos nunca ficam.</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>Varredura: %1</translation>
    </message>
    <message>
        <source>Total time: %1s</source>
        <translation>Tempo total: %1s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Sweep ended: %1</source>
        <translation>Varredura encerrada: %1</translation>
    </message>
    <message>
        <source>checked %1 in %2 s</source>
        <translation>%1 verificados em %2 s</translation>
    </message>
    <message>
        <source>speed-up over sequential (%1 s here): %2×</source>
        <translation>ganho sobre o sequencial (%1 s aqui): %2×</translation>
    </message>
    <message>
        <source>run Sequential once to see the speed-up</source>
        <translation>execute o Sequencial uma vez para ver o ganho</translation>
    </message>
    <message>
        <source>worker processes: %1 (this one: %2)</source>
        <translation>processos de trabalho: %1 (este: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Results in submission order: %n results.</source>
        <translation>
            <numerusform>Resultados na ordem de envio: %n resultado.</numerusform>
            <numerusform>Resultados na ordem de envio: %n resultados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n checks.</source>
        <translation>
            <numerusform>Parado após %n verificação.</numerusform>
            <numerusform>Parado após %n verificações.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: %n points.</source>
        <translation>
            <numerusform>Varredura concluída: %n ponto.</numerusform>
            <numerusform>Varredura concluída: %n pontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the GIL changed hands %n times</source>
        <translation>
            <numerusform>o GIL trocou de mãos %n vez</numerusform>
            <numerusform>o GIL trocou de mãos %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulate &amp;a GIL</source>
        <translation>Simular um &amp;GIL</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesRun</name>
    <message numerus="yes">
        <source>Checking %n numbers sequentially:</source>
        <translation>
            <numerusform>Verificando %n número sequencialmente:</numerusform>
            <numerusform>Verificando %n números sequencialmente:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads and one GIL:</source>
        <translation>
            <numerusform>Verificando %1 números com %n thread e um GIL:</numerusform>
            <numerusform>Verificando %1 números com %n threads e um GIL:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n threads:</source>
        <translation>
            <numerusform>Verificando %1 números com %n thread:</numerusform>
            <numerusform>Verificando %1 números com %n threads:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes:</source>
        <translation>
            <numerusform>Verificando %1 números com %n processo:</numerusform>
            <numerusform>Verificando %1 números com %n processos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n numbers with one coroutine each on the event loop:</source>
        <translation>
            <numerusform>Verificando %n número com uma corrotina cada no laço de eventos:</numerusform>
            <numerusform>Verificando %n números com uma corrotina cada no laço de eventos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 numbers with %n processes, largest first, results in submission order:</source>
        <translation>
            <numerusform>Verificando %1 números com %n processo, os maiores primeiro, resultados na ordem de envio:</numerusform>
            <numerusform>Verificando %1 números com %n processos, os maiores primeiro, resultados na ordem de envio:</numerusform>
        </translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>trabalhador %1</translation>
    </message>
    <message>
        <source>sequential %1</source>
        <translation>sequencial %1</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>created: waits for the loop</source>
        <translation>criada: espera o laço</translation>
    </message>
    <message>
        <source>%1 awaits: the others&apos; turn</source>
        <translation>%1 aguarda: a vez das outras</translation>
    </message>
</context>
<context>
    <name>Lab::PrimesSweep</name>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
</context>
<context>
    <name>Lab::ProcessCheckers</name>
    <message>
        <source>cannot make the job pipe: %1</source>
        <translation>não foi possível criar o pipe de tarefas: %1</translation>
    </message>
    <message>
        <source>cannot start worker %1 (%2): %3</source>
        <translation>não foi possível iniciar o trabalhador %1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot start a worker process (%1): %2</source>
        <translation>não foi possível iniciar um processo de trabalho (%1): %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>processo %1</translation>
    </message>
    <message>
        <source>worker %1 wrote something unexpected: %2</source>
        <translation>o trabalhador %1 escreveu algo inesperado: %2</translation>
    </message>
    <message>
        <source>end of work: sentinel sent</source>
        <translation>fim do trabalho: sentinela enviada</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>worker %1 (pid %2) ended without its sentinel (exit status %3)</source>
        <translation>o trabalhador %1 (pid %2) terminou sem a sua sentinela (status de saída %3)</translation>
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
        <translation>não foi possível gravar o rastreador em %1: %2</translation>
    </message>
    <message>
        <source>a program is already being traced</source>
        <translation>já há um programa sendo rastreado</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>nenhum programa para executar</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>não foi possível criar uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>cannot make the trace socket: %1</source>
        <translation>não foi possível criar o socket do trace: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>Stopped: the program was ended; what it did so far is kept.</source>
        <translation>Parado: o programa foi encerrado; o que ele fez até agora foi mantido.</translation>
    </message>
    <message>
        <source>The program was ended by signal %1.</source>
        <translation>O programa foi encerrado pelo sinal %1.</translation>
    </message>
    <message>
        <source>The program exited with status %1.</source>
        <translation>O programa terminou com o status %1.</translation>
    </message>
    <message>
        <source>It sent no trace: is it a Python program (Python 3.8 or newer)?</source>
        <translation>Ele não enviou nenhum trace: é um programa Python (Python 3.8 ou mais recente)?</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged trace lines ignored, the first: %1</source>
        <translation>
            <numerusform>%n linha de trace danificada ignorada: %1</numerusform>
            <numerusform>%n linhas de trace danificadas ignoradas, a primeira: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::Scale</name>
    <message>
        <source>less than %1 of memory left</source>
        <translation>resta menos de %1 de memória</translation>
    </message>
    <message>
        <source>thread %1 could not be created: %2</source>
        <translation>a thread %1 não pôde ser criada: %2</translation>
    </message>
    <message>
        <source>out of memory after %1 threads</source>
        <translation>sem memória após %1 threads</translation>
    </message>
    <message>
        <source>Reference, measured elsewhere (Python 3.11, 2-core machine), not on this machine:
%1 asyncio tasks sleeping %2 ms take %3 s and %4 MiB (about %5 KiB a task);
a live thread costs about %6 KiB RSS.</source>
        <translation>Referência, medida em outro lugar (Python 3.11, máquina de 2 núcleos), não nesta máquina:
%1 tarefas asyncio dormindo %2 ms levam %3 s e %4 MiB (cerca de %5 KiB por tarefa);
uma thread viva custa cerca de %6 KiB de RSS.</translation>
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
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, sleeping %2 each</source>
        <translation>%1, cada um dormindo %2</translation>
    </message>
    <message>
        <source> (%1 asked for: held to the thread cap)</source>
        <translation> (%1 pedidos: limitado ao teto de threads)</translation>
    </message>
    <message>
        <source>sleepers</source>
        <translation>adormecidos</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciados</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivos</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source> (starting them took %1)</source>
        <translation> (iniciá-los levou %1)</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>decorrido</translation>
    </message>
    <message>
        <source>process RSS</source>
        <translation>RSS do processo</translation>
    </message>
    <message>
        <source>%1 (%2 before the run, peak %3)</source>
        <translation>%1 (%2 antes da execução, pico %3)</translation>
    </message>
    <message>
        <source>memory per sleeper</source>
        <translation>memória por adormecido</translation>
    </message>
    <message>
        <source>%1 (RSS growth / %2 alive)</source>
        <translation>%1 (crescimento do RSS / %2 vivos)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>stopped creating threads: %1</source>
        <translation>parou de criar threads: %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>parando…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>%1 asked for, %2 started</source>
        <translation>%1 pedidos, %2 iniciados</translation>
    </message>
    <message>
        <source>: %1 finished in %2, %3 each, peak RSS %4</source>
        <translation>: %1 terminados em %2, %3 cada, pico de RSS %4</translation>
    </message>
    <message>
        <source> — held to the thread cap of %1</source>
        <translation> — limitado ao teto de %1 threads</translation>
    </message>
    <message>
        <source> — stopped creating threads: %1</source>
        <translation> — parou de criar threads: %1</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — parado</translation>
    </message>
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
            <numerusform>%Ln corrotina</numerusform>
            <numerusform>%Ln corrotinas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ScalePage</name>
    <message>
        <source>Coroutines on the event loop</source>
        <translation>Corrotinas no laço de eventos</translation>
    </message>
    <message>
        <source>OS threads</source>
        <translation>Threads do SO</translation>
    </message>
    <message>
        <source>Slee&amp;pers:</source>
        <translation>&amp;Adormecidos:</translation>
    </message>
    <message>
        <source>&amp;N:</source>
        <translation>&amp;N:</translation>
    </message>
    <message>
        <source>At most this many threads are started, whatever N says. Each thread reserves a stack of 8 MiB of address space; raise the cap with care.</source>
        <translation>No máximo esta quantidade de threads é iniciada, seja qual for N. Cada thread reserva uma pilha de 8 MiB de espaço de endereçamento; aumente o teto com cuidado.</translation>
    </message>
    <message>
        <source>Thread &amp;cap:</source>
        <translation>&amp;Teto de threads:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each sleeper sleeps.</source>
        <translation>Quanto tempo cada adormecido dorme.</translation>
    </message>
    <message>
        <source>S&amp;leep:</source>
        <translation>&amp;Sono:</translation>
    </message>
    <message>
        <source> (asyncio: about %1 KiB a task, elsewhere)</source>
        <translation> (asyncio: cerca de %1 KiB por tarefa, em outro lugar)</translation>
    </message>
    <message>
        <source> (Python: about %1 KiB a thread, elsewhere)</source>
        <translation> (Python: cerca de %1 KiB por thread, em outro lugar)</translation>
    </message>
    <message>
        <source>%1%2 — longest event-loop stall %3 s</source>
        <translation>%1%2 — maior travamento do laço de eventos: %3 s</translation>
    </message>
    <message>
        <source>Live, on this machine</source>
        <translation>Ao vivo, nesta máquina</translation>
    </message>
    <message>
        <source>Sleepers started</source>
        <translation>Adormecidos iniciados</translation>
    </message>
    <message>
        <source>Sleepers finished</source>
        <translation>Adormecidos terminados</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>Medidas ao vivo</translation>
    </message>
    <message>
        <source>Python 3.11 for comparison — a reference measured elsewhere, not here</source>
        <translation>Python 3.11 para comparação — uma referência medida em outro lugar, não aqui</translation>
    </message>
    <message>
        <source>Python reference</source>
        <translation>Referência do Python</translation>
    </message>
    <message>
        <source>How many can you run?</source>
        <translation>Quantos você consegue executar?</translation>
    </message>
    <message>
        <source>A sleeping coroutine is a small object on the heap and the event loop keeps answering; a sleeping thread is a stack and a kernel task. Start a million of one and a few thousand of the other.</source>
        <translation>Uma corrotina dormindo é um pequeno objeto no heap, e o laço de eventos continua respondendo; uma thread dormindo é uma pilha e uma tarefa do kernel. Inicie um milhão de um e alguns milhares do outro.</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>laço de eventos</translation>
    </message>
    <message>
        <source>lag now %1 ms, longest stall %2 s</source>
        <translation>atraso agora %1 ms, maior travamento %2 s</translation>
    </message>
    <message>
        <source>started %1 of %2</source>
        <translation>iniciados %1 de %2</translation>
    </message>
    <message>
        <source>finished %1 of %2</source>
        <translation>terminados %1 de %2</translation>
    </message>
    <message>
        <source>Stopping: no more are started; those asleep wake within %1 s.</source>
        <translation>Parando: nenhum outro é iniciado; os que dormem acordam em até %1 s.</translation>
    </message>
    <message>
        <source>Number of sleepers</source>
        <translation>Número de adormecidos</translation>
    </message>
</context>
<context>
    <name>Lab::ScaleRun</name>
    <message>
        <source>create %1 threads</source>
        <translation>criar %1 threads</translation>
    </message>
    <message>
        <source>start %1 coroutines</source>
        <translation>iniciar %1 corrotinas</translation>
    </message>
    <message>
        <source>launcher thread</source>
        <translation>thread lançadora</translation>
    </message>
    <message>
        <source>%1 sleepers</source>
        <translation>%1 adormecidos</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 threads</translation>
    </message>
    <message>
        <source>sleeping %1 s each</source>
        <translation>cada um dormindo %1 s</translation>
    </message>
    <message>
        <source>std::thread x %1</source>
        <translation>std::thread x %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciados %1</translation>
    </message>
    <message>
        <source>%1 threads created</source>
        <translation>%1 threads criadas</translation>
    </message>
    <message>
        <source>%1 more woke</source>
        <translation>mais %1 acordaram</translation>
    </message>
</context>
<context>
    <name>Lab::SemaphoreExercise</name>
    <message>
        <source>task %1</source>
        <translation>tarefa %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>waiting for the semaphore</source>
        <translation>esperando o semáforo</translation>
    </message>
    <message>
        <source>inside: holds 1 of %1 permits</source>
        <translation>dentro: tem 1 de %1 permissões</translation>
    </message>
    <message>
        <source>task %1 is in (%2 inside)</source>
        <translation>a tarefa %1 entrou (%2 dentro)</translation>
    </message>
    <message>
        <source>task %1 leaves and releases its permit</source>
        <translation>a tarefa %1 sai e devolve sua permissão</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>%1 s  %2</source>
        <translation>%1 s  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks start; the semaphore lets %1 in at a time</source>
        <translation>
            <numerusform>%n tarefa começa; o semáforo deixa entrar %1 por vez</numerusform>
            <numerusform>%n tarefas começam; o semáforo deixa entrar %1 por vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tasks done; at most %1 were inside at once</source>
        <translation>
            <numerusform>%n tarefa concluída; no máximo %1 esteve dentro ao mesmo tempo</numerusform>
            <numerusform>todas as %n tarefas terminaram; no máximo %1 estiveram dentro ao mesmo tempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every page (whatever has the focus, but a text field keeps its letters)</source>
        <translation>Todas as páginas (onde quer que esteja o foco, mas um campo de texto fica com as suas letras)</translation>
    </message>
    <message>
        <source>The timeline, when it has the focus</source>
        <translation>A linha do tempo, quando tem o foco</translation>
    </message>
    <message>
        <source>W / S, + / −</source>
        <translation>W / S, + / −</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Aumentar / diminuir o zoom</translation>
    </message>
    <message>
        <source>A / D</source>
        <translation>A / D</translation>
    </message>
    <message>
        <source>Pan left / right</source>
        <translation>Deslocar para a esquerda / direita</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Show the start / the end</source>
        <translation>Mostrar o início / o fim</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the whole recording</source>
        <translation>Ajustar a gravação inteira</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Replay: play / pause</source>
        <translation>Reprodução: reproduzir / pausar</translation>
    </message>
    <message>
        <source>, / .</source>
        <translation>, / .</translation>
    </message>
    <message>
        <source>Replay: previous / next event</source>
        <translation>Reprodução: evento anterior / próximo</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Replay: slower / faster</source>
        <translation>Reprodução: mais devagar / mais rápido</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the replay</source>
        <translation>Sair da reprodução</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by page</source>
        <translation>Atalhos de teclado por página</translation>
    </message>
</context>
<context>
    <name>Lab::SpeedupChart</name>
    <message>
        <source>Speed-up against workers</source>
        <translation>Ganho em função dos trabalhadores</translation>
    </message>
    <message>
        <source>Measured speed-up against workers; dashed: the ideal, as many times faster as workers up to the cores.</source>
        <translation>Ganho medido em função dos trabalhadores; tracejado: o ideal, tantas vezes mais rápido quanto o número de trabalhadores, até o de núcleos.</translation>
    </message>
    <message>
        <source>%1 workers: %2×</source>
        <translation>%1 trabalhadores: %2×</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabalhadores</translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerDemo</name>
    <message>
        <source>frame %1</source>
        <translation>quadro %1</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
    <message>
        <source>slow()</source>
        <translation>slow()</translation>
    </message>
    <message>
        <source>QThread::usleep on the GUI thread</source>
        <translation>QThread::usleep na thread da GUI</translation>
    </message>
    <message>
        <source>worker thread</source>
        <translation>thread de trabalho</translation>
    </message>
    <message>
        <source>QThread::usleep in a worker</source>
        <translation>QThread::usleep numa thread de trabalho</translation>
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
        <translation>thread do pool</translation>
    </message>
    <message>
        <source>spinner</source>
        <translation>spinner</translation>
    </message>
    <message>
        <source>spinning every 0.1 s</source>
        <translation>girando a cada 0,1 s</translation>
    </message>
    <message>
        <source>is_prime() on the GUI thread for %1 s</source>
        <translation>is_prime() na thread da GUI por %1 s</translation>
    </message>
    <message>
        <source>is_prime() in the thread pool for %1 s</source>
        <translation>is_prime() no pool de threads por %1 s</translation>
    </message>
    <message>
        <source>slow() returned: the GUI thread goes on</source>
        <translation>slow() retornou: a thread da GUI continua</translation>
    </message>
    <message>
        <source>slow() finished: run() resumed</source>
        <translation>slow() terminou: run() retomada</translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerPage</name>
    <message>
        <source>Blocking sleep on the GUI thread</source>
        <translation>Sleep bloqueante na thread da GUI</translation>
    </message>
    <message>
        <source>Sleep in a worker thread</source>
        <translation>Sleep numa thread de trabalho</translation>
    </message>
    <message>
        <source>Coroutine awaiting a timer</source>
        <translation>Corrotina aguardando um timer</translation>
    </message>
    <message>
        <source>Prime check on the GUI thread (CPU)</source>
        <translation>Teste de primo na thread da GUI (CPU)</translation>
    </message>
    <message>
        <source>Prime check in a thread pool, co_await QFuture</source>
        <translation>Teste de primo num pool de threads, co_await QFuture</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the slow function takes. The CPU modes pick a prime whose check takes about this long on this machine.</source>
        <translation>Quanto tempo a função lenta leva. Os modos de CPU escolhem um primo cujo teste leva mais ou menos esse tempo nesta máquina.</translation>
    </message>
    <message>
        <source>S&amp;low function:</source>
        <translation>Função &amp;lenta:</translation>
    </message>
    <message>
        <source>thinking!</source>
        <translation>pensando!</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>Spinner</source>
        <translation>Spinner</translation>
    </message>
    <message>
        <source>A spinner turns while a slow function runs — unless the slow function blocks the event loop: then the spinner and the whole window freeze.</source>
        <translation>Um spinner gira enquanto uma função lenta executa — a menos que a função lenta bloqueie o laço de eventos: aí o spinner e a janela inteira congelam.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>Stopped: the answer was not awaited.</source>
        <translation>Parado: a resposta não foi aguardada.</translation>
    </message>
    <message>
        <source>Switches the mode to its blocking twin and back: a blocking sleep or a coroutine, the prime check on the GUI thread or in the thread pool</source>
        <translation>Troca o modo pelo seu gêmeo bloqueante e volta: um sleep bloqueante ou uma corrotina, a verificação de primo na thread da GUI ou no pool de threads</translation>
    </message>
    <message numerus="yes">
        <source>Answer: %1 after %2 s, %n spinner frames drawn, longest event-loop stall %3 s</source>
        <translation>
            <numerusform>Resposta: %1 após %2 s, %n quadro do spinner desenhado, maior travamento do laço de eventos: %3 s</numerusform>
            <numerusform>Resposta: %1 após %2 s, %n quadros do spinner desenhados, maior travamento do laço de eventos: %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::SpinnerWidget</name>
    <message>
        <source>Spinner</source>
        <translation>Spinner</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>quadro %1</translation>
    </message>
</context>
<context>
    <name>Lab::TaskState</name>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>awaiting I/O</source>
        <translation>aguardando E/S</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>dormindo</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
</context>
<context>
    <name>Lab::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
</context>
<context>
    <name>Lab::ThemeFocusFrame</name>
    <message>
        <source>Keyboard focus</source>
        <translation>Foco do teclado</translation>
    </message>
</context>
<context>
    <name>Lab::ThreadCheckers</name>
    <message>
        <source>worker thread %1</source>
        <translation>thread de trabalho %1</translation>
    </message>
    <message>
        <source>end of work: sentinel sent</source>
        <translation>fim do trabalho: sentinela enviada</translation>
    </message>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>%1 waits for the GIL</source>
        <translation>%1 espera o GIL</translation>
    </message>
</context>
<context>
    <name>Lab::TimelinePanel</name>
    <message>
        <source>Play replay</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Replay the recording from the cursor (P)</source>
        <translation>Reproduzir a gravação a partir do cursor (P)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Evento anterior</translation>
    </message>
    <message>
        <source>Step back to the previous event (,)</source>
        <translation>Voltar ao evento anterior (,)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Próximo evento</translation>
    </message>
    <message>
        <source>Step on to the next event (.)</source>
        <translation>Avançar ao próximo evento (.)</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Parar a reprodução</translation>
    </message>
    <message>
        <source>Leave replay: the demo shows the end of the run again (Esc)</source>
        <translation>Sair da reprodução: a demonstração volta a mostrar o fim da execução (Esc)</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Velocidade da reprodução</translation>
    </message>
    <message>
        <source>Replay speed ([ slower, ] faster)</source>
        <translation>Velocidade da reprodução ([ mais lenta, ] mais rápida)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay time</source>
        <translation>Tempo da reprodução</translation>
    </message>
    <message>
        <source>Search span labels (e.g. BR)</source>
        <translation>Buscar nos rótulos dos trechos (p. ex. BR)</translation>
    </message>
    <message>
        <source>Search span labels</source>
        <translation>Buscar nos rótulos dos trechos</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Previous span matching the search (Shift+Return)</source>
        <translation>Trecho anterior que corresponde à busca (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Próximo resultado</translation>
    </message>
    <message>
        <source>Next span matching the search (Return)</source>
        <translation>Próximo trecho que corresponde à busca (Enter)</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Show all lanes</source>
        <translation>Mostrar todas as faixas</translation>
    </message>
    <message>
        <source>Show the lanes hidden from the label column&apos;s context menu</source>
        <translation>Mostrar as faixas ocultadas pelo menu de contexto da coluna de rótulos</translation>
    </message>
    <message>
        <source>Selected span</source>
        <translation>Trecho selecionado</translation>
    </message>
    <message>
        <source>Statistics of the selected range</source>
        <translation>Estatísticas do intervalo selecionado</translation>
    </message>
    <message>
        <source>Spans of the selected task</source>
        <translation>Trechos da tarefa selecionada</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <translation>Pausar a reprodução</translation>
    </message>
    <message>
        <source>Pause the replay (P)</source>
        <translation>Pausar a reprodução (P)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Click a span for its details; Shift+drag over the timeline to select a time range.</source>
        <translation>Clique num trecho para ver os detalhes; Shift+arrastar sobre a linha do tempo seleciona um intervalo.</translation>
    </message>
    <message>
        <source>%1 on average, %2 at peak</source>
        <translation>%1 em média, %2 no pico</translation>
    </message>
    <message>
        <source>Range %1 to %2 (%3)</source>
        <translation>Intervalo de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>Tasks running: %1</source>
        <translation>Tarefas executando: %1</translation>
    </message>
    <message>
        <source>Tasks waiting (I/O or sleep): %1</source>
        <translation>Tarefas esperando (E/S ou sleep): %1</translation>
    </message>
    <message>
        <source>Tasks queued: %1</source>
        <translation>Tarefas na fila: %1</translation>
    </message>
    <message>
        <source>Tasks blocked: %1</source>
        <translation>Tarefas bloqueadas: %1</translation>
    </message>
    <message>
        <source>Event loop busy %1 %, blocked %2 %</source>
        <translation>Laço de eventos ocupado %1 %, bloqueado %2 %</translation>
    </message>
    <message>
        <source>Longest stall: %1 (from %2)</source>
        <translation>Maior travamento: %1 (a partir de %2)</translation>
    </message>
    <message>
        <source>No stall</source>
        <translation>Nenhum travamento</translation>
    </message>
    <message>
        <source>Throughput: %1 span ends per second (%2 in the range)</source>
        <translation>Vazão: %1 fins de trecho por segundo (%2 no intervalo)</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation>nenhum resultado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hits</source>
        <translation>
            <numerusform>%1 de %n resultado</numerusform>
            <numerusform>%1 de %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>Mostrar todas as faixas (%n oculta)</numerusform>
            <numerusform>Mostrar todas as faixas (%n ocultas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TimelineWidget</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>many short spans (zoom in)</source>
        <translation>muitos trechos curtos (aproxime)</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Visão: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n trecho</numerusform>
            <numerusform>%n trechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message numerus="yes">
        <source>%n spans in this pixel: zoom in to tell them apart</source>
        <translation>
            <numerusform>%n trecho neste pixel: aproxime para distingui-los</numerusform>
            <numerusform>%n trechos neste pixel: aproxime para distingui-los</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Início: %1</translation>
    </message>
    <message>
        <source>Duration: %1 (still going)</source>
        <translation>Duração: %1 (ainda em andamento)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <source>Event at %1: %2</source>
        <translation>Evento em %1: %2</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Não foi possível gravar a imagem %1: %2</translation>
    </message>
    <message>
        <source>There is no recording to export.</source>
        <translation>Não há gravação para exportar.</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Ajustar tudo</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Acompanhar ao vivo</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as Chrome trace JSON…</source>
        <translation>Exportar como trace JSON do Chrome…</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>Exportar linha do tempo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export timeline as Chrome trace JSON</source>
        <translation>Exportar linha do tempo como trace JSON do Chrome</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Trace JSON do Chrome (*.json)</translation>
    </message>
    <message>
        <source>Wheel or W/S: zoom · Drag or A/D: pan · Shift+drag: select · F: fit · P: replay</source>
        <translation>Roda ou W/S: zoom · Arrastar ou A/D: mover · Shift+arrastar: selecionar · F: ajustar · P: reproduzir</translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n faixa</numerusform>
            <numerusform>%n faixas</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show the lanes of %1</source>
        <translation>Clique para mostrar as faixas de %1</translation>
    </message>
    <message>
        <source>Click to collapse the lanes of %1 into one row</source>
        <translation>Clique para recolher as faixas de %1 numa só linha</translation>
    </message>
    <message>
        <source>Hide lane “%1”</source>
        <translation>Ocultar a faixa “%1”</translation>
    </message>
    <message>
        <source>Expand thread “%1”</source>
        <translation>Expandir a thread “%1”</translation>
    </message>
    <message>
        <source>Collapse thread “%1” into one row</source>
        <translation>Recolher a thread “%1” numa só linha</translation>
    </message>
    <message numerus="yes">
        <source>Show all lanes (%n hidden)</source>
        <translation>
            <numerusform>Mostrar todas as faixas (%n oculta)</numerusform>
            <numerusform>Mostrar todas as faixas (%n ocultas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older events dropped (%n spans): the recording keeps the newest</source>
        <translation>
            <numerusform>Eventos antigos descartados (%n trecho): a gravação guarda os mais recentes</numerusform>
            <numerusform>Eventos antigos descartados (%n trechos): a gravação guarda os mais recentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tarefa: %1</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <source>Await site: %1</source>
        <translation>Ponto de espera: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Rótulo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, from %2 for %3</source>
        <translation>%1, de %2 por %3</translation>
    </message>
</context>
<context>
    <name>Lab::ToyLoop</name>
    <message>
        <source>Total elapsed time is %1</source>
        <translation>O tempo total decorrido é %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>Lab::TraceFileLoader</name>
    <message>
        <source>Opened %1: %2 spans, %3 lanes.</source>
        <translation>Aberto %1: %2 trechos, %3 faixas.</translation>
    </message>
    <message>
        <source>The file ended without closing its event list (a trace cut short); what it holds is shown.</source>
        <translation>O arquivo terminou sem fechar a sua lista de eventos (um trace truncado); o que ele contém é mostrado.</translation>
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
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2, and this app opens traces of up to %3.</source>
        <translation>Não foi possível abrir %1: ele tem %2, e este aplicativo abre traces de até %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>zlib could not start.</source>
        <translation>O zlib não conseguiu iniciar.</translation>
    </message>
    <message>
        <source>unpacked, it is larger than %1, the most this app opens (the file itself is %2).</source>
        <translation>descompactado, ele passa de %1, o máximo que este aplicativo abre (o arquivo em si tem %2).</translation>
    </message>
    <message>
        <source>it is a damaged gzip file (%1).</source>
        <translation>é um arquivo gzip danificado (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lab::TraceOpener</name>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Abrindo %1 (%2)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir trace</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Lab::TracePage</name>
    <message>
        <source>Countdown, awaited sleep</source>
        <translation>Contagem regressiva, sleep aguardado</translation>
    </message>
    <message>
        <source>Countdown, time.sleep() in a coroutine</source>
        <translation>Contagem regressiva, time.sleep() numa corrotina</translation>
    </message>
    <message>
        <source>Flags, 3 downloads at a time</source>
        <translation>Bandeiras, 3 downloads por vez</translation>
    </message>
    <message>
        <source>Thread pool and a thread</source>
        <translation>Pool de threads e uma thread</translation>
    </message>
    <message>
        <source>Your own command</source>
        <translation>Seu próprio comando</translation>
    </message>
    <message>
        <source>The program and its arguments, e.g. python3 flags2_asyncio.py -s DELAY</source>
        <translation>O programa e seus argumentos, p. ex. python3 flags2_asyncio.py -s DELAY</translation>
    </message>
    <message>
        <source>the examples&apos; folder</source>
        <translation>a pasta dos exemplos</translation>
    </message>
    <message>
        <source>The folder the program runs in; empty: the folder of the shipped examples</source>
        <translation>A pasta em que o programa roda; vazio: a pasta dos exemplos incluídos</translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation>E&amp;xemplo:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>The program&apos;s output</source>
        <translation>A saída do programa</translation>
    </message>
    <message>
        <source>The program&apos;s output appears here while it runs.</source>
        <translation>A saída do programa aparece aqui enquanto ele roda.</translation>
    </message>
    <message>
        <source>%1 tasks, %2 threads, longest event-loop block %3 s, run time %4 s.</source>
        <translation>%1 tarefas, %2 threads, maior bloqueio do laço de eventos %3 s, tempo de execução %4 s.</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Seu programa</translation>
    </message>
    <message>
        <source>Any Python program, unmodified: each asyncio task gets a lane, each thread too, and whatever holds the event loop over 50 ms shows as a red block — live, while it runs.</source>
        <translation>Qualquer programa Python, sem modificação: cada tarefa do asyncio ganha uma faixa, cada thread também, e tudo o que segura o laço de eventos por mais de 50 ms aparece como um bloco vermelho — ao vivo, enquanto ele roda.</translation>
    </message>
    <message>
        <source>cannot write the examples to a temporary folder</source>
        <translation>não foi possível gravar os exemplos numa pasta temporária</translation>
    </message>
    <message>
        <source>type a command to run, e.g. python3 script.py</source>
        <translation>digite um comando para executar, p. ex. python3 script.py</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; não é uma pasta</translation>
    </message>
    <message>
        <source>Cannot run: %1.</source>
        <translation>Não é possível executar: %1.</translation>
    </message>
</context>
<context>
    <name>Lab::TraceRecorder</name>
    <message>
        <source>Event loop</source>
        <translation>Laço de eventos</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>thread da GUI</translation>
    </message>
</context>
<context>
    <name>Lab::WindowHost</name>
    <message>
        <source>The language changed: the run in progress was stopped.</source>
        <translation>O idioma mudou: a execução em andamento foi parada.</translation>
    </message>
</context>
</TS>
