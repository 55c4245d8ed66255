package dev.newsdigest.bot.app; public class Main { public static void main(String[] a){} }
