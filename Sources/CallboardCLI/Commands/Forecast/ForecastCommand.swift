import ArgumentParser

/// `callboard forecast ...`: the schedulers' forecast jobs.
struct ForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Volume forecasts: backtest the model on a queue's history, publish a season's forecast and capacity.",
        subcommands: [ForecastBacktestCommand.self, ForecastRunCommand.self]
    )
}
